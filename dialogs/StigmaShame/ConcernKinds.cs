using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.StigmaShame;

/// <summary>
/// The stigma and shame worries the conversation explores (the kinds of <see cref="Notes.ConcernNote"/>), the
/// handout that fits each, and how a caregiver's own words name one.
/// </summary>
public static class ConcernKinds
{
    public const string FamilyOpinion = "family_opinion";
    public const string Fault = "fault";
    public const string Label = "label";
    public const string Faith = "faith";
    public const string Medication = "medication";
    public const string Other = "other";

    /// <summary>The kinds in the order the options are offered.</summary>
    public static readonly IReadOnlyList<string> All = [FamilyOpinion, Fault, Label, Faith, Medication, Other];

    /// <summary>The kind a caregiver's words name, or null. The more specific worries win: medicine, faith, others' opinion, a label, then fault.</summary>
    public static string? Recognize(string? text)
    {
        var normalized = NormalizedText.Of(text);
        return ConcernLexicon.Kinds.FirstOrDefault(kind => kind.Phrases.IsFoundIn(normalized)).Kind;
    }

    /// <summary>The kind behind a barrier label the menu found (shame is feeling at fault; stigma is what others think).</summary>
    public static string? FromBarriers(IEnumerable<string> barriers) =>
        barriers.Contains(Recognizers.Barriers.Shame) ? Fault
        : barriers.Contains(Recognizers.Barriers.Stigma) ? FamilyOpinion
        : null;

    /// <summary>The slug of the handout that speaks to the worry.</summary>
    public static string HandoutFor(string? kind) => kind switch
    {
        FamilyOpinion => "talking-with-family",
        Fault => "not-your-fault",
        _ => "mental-health-facts",
    };
}
