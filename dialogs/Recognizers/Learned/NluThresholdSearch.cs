namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// Chooses the thresholds from writer-grouped, out-of-fold outputs with the lexicon beside the model, as the bot
/// reads. Missing danger is the worst failure, so the danger threshold and the lexicon veto are the pair that miss
/// the fewest messages in danger while false alarms stay within <see cref="MaxFalseAlarmRate"/>; then the intent
/// weight of <c>other</c>, the intent override and the barrier threshold that read the most intents and barriers right; then the highest urgent
/// threshold that keeps urgent messages read as only possible within <see cref="MaxUrgentAsPossible"/>.
/// </summary>
public static class NluThresholdSearch
{
    public const double MaxFalseAlarmRate = 0.09;
    public const double MaxUrgentAsPossible = 0.08;
    private static readonly double[] Vetoes = [0, 0.02, 0.05, 0.1, 0.15, 0.2];

    public static NluThresholds Choose(NluEvaluation evaluation, IReadOnlyList<NluOutput> outputs, IReadOnlyList<string> kinds, IReadOnlyList<string> intents)
    {
        NluMetrics Score(NluThresholds t) => evaluation.Combined(outputs, Info(t, kinds, intents));

        var chosen = NluThresholds.Default with { Barrier = 0.1 };
        var risk = Vetoes
            .SelectMany(v => Grid(0.05, 0.95, 0.01).Select(d => chosen with { Danger = d, Uncertain = d * 0.75, Veto = v }))
            .Select(t => (Thresholds: t, Metrics: Score(t)))
            .Where(x => x.Metrics.FalseAlarmRate <= MaxFalseAlarmRate)
            .OrderBy(x => x.Metrics.Missed).ThenBy(x => x.Metrics.FalseAlarms)
            .Select(x => x.Thresholds)
            .DefaultIfEmpty(chosen)
            .First();
        chosen = risk;
        chosen = chosen with { OtherWeight = Grid(0.3, 1, 0.05).MaxBy(w => Score(chosen with { OtherWeight = w, Override = 0.65 }).IntentAccuracy) };
        chosen = chosen with { Override = Grid(0.5, 1.01, 0.05).Append(1.01).MaxBy(o => Score(chosen with { Override = o }).IntentAccuracy) };
        chosen = chosen with { Barrier = Grid(0.02, 0.7, 0.01).MaxBy(b => Score(chosen with { Barrier = b }).BarrierF1) };
        var urgent = Grid(0.05, 0.95, 0.01)
            .Where(u => Score(chosen with { Urgent = u }) is var m && m.UrgentAsPossible <= MaxUrgentAsPossible * Math.Max(m.Urgent, 1))
            .DefaultIfEmpty(0.5)
            .Max();
        return chosen with { Urgent = urgent };
    }

    /// <summary>Model info with the given thresholds, for scoring outputs that have no saved model yet.</summary>
    public static NluModelInfo Info(NluThresholds thresholds, IReadOnlyList<string> kinds, IReadOnlyList<string> intents) => new()
    {
        Kinds = kinds,
        Intents = intents,
        Barriers = Barriers.All,
        DangerThreshold = thresholds.Danger,
        UncertainThreshold = thresholds.Uncertain,
        UrgentThreshold = thresholds.Urgent,
        BarrierThreshold = thresholds.Barrier,
        LexiconVetoThreshold = thresholds.Veto,
        IntentOverrideThreshold = thresholds.Override,
        OtherIntentWeight = thresholds.OtherWeight,
        Messages = 0,
        Writers = 0,
        CorpusHash = "",
    };

    private static IEnumerable<double> Grid(double from, double to, double step)
    {
        for (var i = 0; from + (i * step) <= to + 1e-9; i++)
        {
            yield return Math.Round(from + (i * step), 2);
        }
    }
}
