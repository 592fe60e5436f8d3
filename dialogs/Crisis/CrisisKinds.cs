using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Crisis;

/// <summary>
/// The kinds of help a crisis gets (CONVERSATION.md, the crisis table): the risk check's kind, made exact where the
/// help differs — an overdose or a child not breathing gets Poison Help, violence from a partner gets the domestic
/// violence line, a missing child 911, eating-disorder extremes medical care. Each kind has its reviewed wording
/// under <c>Crisis.Urgent.{kind}</c>, <c>Crisis.Now.{kind}</c>, <c>Crisis.Steps.{kind}</c> and <c>Crisis.Lines.{kind}</c>.
/// </summary>
public static class CrisisKinds
{
    public const string Suicide = "suicide";
    public const string SelfHarm = "self_harm";
    public const string Overdose = "overdose";
    public const string Medical = "medical";
    public const string EatingDisorder = "eating_disorder";
    public const string DomesticViolence = "domestic_violence";
    public const string Abuse = "abuse";
    public const string HarmToOthers = "harm_to_others";
    public const string Missing = "missing";

    public static readonly IReadOnlyList<string> All =
        [Suicide, SelfHarm, Overdose, Medical, EatingDisorder, DomesticViolence, Abuse, HarmToOthers, Missing];

    /// <summary>The help that fits a message the risk check found dangerous.</summary>
    public static string Of(RiskAssessment risk, string? text)
    {
        var words = NormalizedText.Of(text);
        if (CrisisWords.Overdose.IsMatch(words))
        {
            return Overdose;
        }

        if (CrisisWords.DomesticViolence.IsMatch(words) && !CrisisWords.SexualAbuse.IsMatch(words))
        {
            return DomesticViolence;
        }

        if (CrisisWords.Missing.IsMatch(words))
        {
            return Missing;
        }

        if (CrisisWords.EatingDisorder.IsMatch(words))
        {
            return EatingDisorder;
        }

        return risk.Category switch
        {
            RiskCategories.SelfHarm => SelfHarm,
            RiskCategories.HarmToOthers => HarmToOthers,
            RiskCategories.Abuse => Abuse,
            RiskCategories.Medical => Medical,
            RiskCategories.DomesticViolence => DomesticViolence,
            RiskCategories.Missing => Missing,
            _ => Suicide,
        };
    }

    /// <summary>The risk kind (<see cref="RiskCategories"/>) the care team's escalation names for a kind of help.</summary>
    public static string Category(string kind, string? found) => kind switch
    {
        Overdose or EatingDisorder => RiskCategories.Medical,
        DomesticViolence => RiskCategories.DomesticViolence,
        Missing => RiskCategories.Missing,
        _ => found ?? kind,
    };

    /// <summary>
    /// How much danger the kind means: a missing child is urgent even when the words alone were only a warning sign
    /// ("she ran away"), so the family is told to call 911 now.
    /// </summary>
    public static RiskLevel Level(string kind, RiskLevel found) => kind == Missing ? RiskLevel.Urgent : found;

    /// <summary>The direct question for ambiguous words of this kind (<c>Safety.Check</c> or a kind's own).</summary>
    public static string CheckKey(string kind) => kind switch
    {
        Abuse or DomesticViolence => "Crisis.Check.abuse",
        Overdose or Medical or EatingDisorder => "Crisis.Check.medical",
        Missing => "Crisis.Check.missing",
        _ => "Safety.Check",
    };
}
