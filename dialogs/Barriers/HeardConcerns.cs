using PuenteBot.Dialogs.Notes;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// The barriers a message really names, from the recognizer's labels and the facts: no topic the family did not
/// bring up. "Mi esposo no quiere que vaya" is a relative who disagrees, not a child who refuses; "no car and we
/// have Medicaid" is a ride, not a cost.
/// </summary>
internal static class HeardConcerns
{
    public static List<string> Keep(IEnumerable<string> kinds, string? words, FactsNote facts)
    {
        var heard = kinds.Distinct(StringComparer.Ordinal).ToList();
        var someoneElse = facts.Disagrees is { } who && who != "child" && facts.ChildFeeling is null or "likes";
        var insured = facts.Insurance is "medicaid" or "chip" or "private" && !BarrierWords.MentionsMoney(words);
        var kept = heard.Where(kind => !(kind == Recognizers.Barriers.ChildRefuses && someoneElse)
            && !(kind == Recognizers.Barriers.Cost && insured && heard.Count > 1)).ToList();
        return kept.Count > 0 ? kept : heard;
    }
}
