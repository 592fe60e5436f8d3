using PuenteBot.Dialogs.Recognizers.Entities;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// A reply that corrects what was heard: "no, el nene sí quiere ir… me da vergüenza" (the child does want to
/// go, so the refusal is dropped and the shame taken up), "that's not it, it's the cost" (the concern being
/// talked about is replaced; at the question about the order, all that was heard is), "lo del carro no es
/// problema" (that concern is dropped). A plain "no" or an answer is no correction.
/// </summary>
internal static class BarrierCorrection
{
    /// <summary>
    /// The barriers still to talk about after the correction — the ones it names first, then the pending ones it
    /// did not rule out — or null when <paramref name="text"/> corrects nothing.
    /// </summary>
    /// <param name="pending">The barriers not worked through yet, the one being talked about (if any) first.</param>
    /// <param name="current">The kind being talked about; null at the question about the order.</param>
    /// <param name="named">The barrier kinds the recognizer found in <paramref name="text"/>.</param>
    /// <param name="said">The facts found in <paramref name="text"/>.</param>
    public static List<NamedBarrier>? Apply(IReadOnlyList<NamedBarrier> pending, string? current, string? text, IReadOnlyList<string> named, FamilyEntities said)
    {
        var ruledOut = pending.Select(b => b.Kind).Where(kind => Contradicts(kind, said)).ToHashSet(StringComparer.Ordinal);
        var mentioned = named.Concat(BarrierWords.KindsNamed(text)).Distinct(StringComparer.Ordinal).ToList();
        if (BarrierWords.SaysNotAProblem(text))
        {
            ruledOut.UnionWith(mentioned.Where(kind => pending.Any(b => b.Kind == kind)));
        }

        var notThat = BarrierWords.SaysNotThat(text);
        var added = mentioned.Where(kind => !ruledOut.Contains(kind)).ToList();
        if (ruledOut.Count == 0 && !notThat)
        {
            return null;
        }

        if (ruledOut.Count == 0)
        {
            if (current is null && added.Count == 0)
            {
                return null;
            }

            ruledOut.UnionWith(current is null ? pending.Select(b => b.Kind) : [current]);
        }

        return
        [
            .. added.Where(kind => pending.All(b => b.Kind != kind) || ruledOut.Contains(kind)).Select(kind => new NamedBarrier(kind, text)),
            .. pending.Where(b => !ruledOut.Contains(b.Kind) && !added.Contains(b.Kind)),
        ];
    }

    /// <summary>What the family said that rules a barrier out: the child does want to go.</summary>
    private static bool Contradicts(string kind, FamilyEntities said) =>
        kind == Recognizers.Barriers.ChildRefuses && said.ChildFeeling == "likes";
}
