using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Recognizers.Entities;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// The answer to each barrier's clarifying question, as the options are chosen by it: read from the facts the
/// family already gave (so the question is not asked, only confirmed), or from their reply to it.
/// <list type="table">
/// <item>transport: medicaid, no_medicaid, unsure (from the insurance)</item>
/// <item>cost: insured, uninsured, unsure (from the insurance)</item>
/// <item>schedule: work, school, both (what the visit clashes with)</item>
/// <item>childcare: nobody, family (who helps with the other children)</item>
/// <item>child_refuses: dislikes_clinician, afraid, bored (what the child says)</item>
/// <item>family_disagreement: partner, other_parent, grandparent, relative, child (who does not agree)</item>
/// </list>
/// </summary>
public sealed class BarrierAnswers(BooleanRecognizer booleans)
{
    public const string Medicaid = "medicaid";
    public const string NoMedicaid = "no_medicaid";
    public const string Unsure = "unsure";
    public const string Insured = "insured";
    public const string Uninsured = "uninsured";
    public const string Work = "work";
    public const string School = "school";
    public const string Both = "both";
    public const string Nobody = "nobody";
    public const string DislikesClinician = "dislikes_clinician";
    public const string Afraid = "afraid";

    private static readonly HashSet<string> ChildReasons = [DislikesClinician, Afraid, "bored"];

    /// <summary>
    /// The answer the facts already hold for <paramref name="kind"/>'s question, or null when it must be asked. The
    /// confirmation uses the family's own word for a partner who disagrees ("mi esposo": "su esposo") when
    /// <paramref name="words"/> hold one.
    /// </summary>
    public static KnownAnswer? Known(string kind, FactsNote facts, string? words = null)
    {
        var (answer, value) = kind switch
        {
            Recognizers.Barriers.Transport => (facts.Insurance switch
            {
                "medicaid" => Medicaid,
                "unsure" => Unsure,
                null => null,
                _ => NoMedicaid,
            }, facts.Insurance),
            Recognizers.Barriers.Cost => (facts.Insurance switch
            {
                "none" => Uninsured,
                "unsure" => Unsure,
                null => null,
                _ => Insured,
            }, facts.Insurance),
            Recognizers.Barriers.Schedule when (facts.Conflict ?? ConflictNamedIn(words)) is { } conflict => (conflict, conflict),
            Recognizers.Barriers.Childcare => (facts.ChildcareHelp, facts.ChildcareHelp),
            Recognizers.Barriers.ChildRefuses => facts.ChildFeeling is { } feeling && ChildReasons.Contains(feeling) ? (feeling, feeling) : (null, null),
            Recognizers.Barriers.FamilyDisagreement => (facts.Disagrees, facts.Disagrees),
            _ => (null, null),
        };
        if (answer == "partner" && BarrierWords.PartnerWord(words) is { } partner)
        {
            value = partner;
        }

        return answer is null ? null : new KnownAnswer(answer, $"Barriers.Known.{kind}.{value}");
    }

    /// <summary>
    /// Work or school named in the words of a schedule barrier ("I work late"): the barrier itself is the clash, so the
    /// clash words the facts need elsewhere are not asked for here. Words that name both (the list's own "Work or school
    /// hours") leave the question to be asked.
    /// </summary>
    private static string? ConflictNamedIn(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var normalized = NormalizedText.Of(words);
        var named = EntityLexicon.Conflict.Where(c => c.Phrases.IsFoundIn(normalized)).Select(c => c.Value).ToList();
        return named is ["school"] || (named is ["work"] && !BarrierWords.MentionsSchool(words)) ? named[0] : null;
    }

    /// <summary>The answer read from the family's reply to <paramref name="kind"/>'s question, or null when it does not say.</summary>
    public string? Understand(string kind, string? detail) => kind switch
    {
        Recognizers.Barriers.Transport => YesNo(detail) switch
        {
            true => Medicaid,
            false => NoMedicaid,
            null => BarrierWords.IsDontKnow(detail) ? Unsure : null,
        },
        Recognizers.Barriers.Cost => YesNo(detail) switch
        {
            true => Insured,
            false => Uninsured,
            null => BarrierWords.IsDontKnow(detail) ? Unsure : null,
        },
        Recognizers.Barriers.Schedule => BarrierWords.MentionsSchool(detail)
            ? BarrierWords.MentionsWork(detail) ? Both : School
            : Work,
        Recognizers.Barriers.Childcare => BarrierWords.SaysNobody(detail) ? Nobody : null,
        _ => null,
    };

    private bool? YesNo(string? detail) => BarrierWords.IsDontKnow(detail) ? null : booleans.Recognize(detail);
}
