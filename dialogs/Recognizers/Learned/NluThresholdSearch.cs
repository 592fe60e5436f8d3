namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// Chooses the thresholds from writer-grouped, out-of-fold outputs with the lexicon beside the model, as the bot
/// reads: the barrier threshold that gives the best barrier F1; the lowest danger threshold whose false alarms stay
/// within <see cref="MaxFalseAlarmRate"/> (missing danger is the worst failure, so it leans toward asking); the
/// highest urgent threshold that keeps urgent messages read as only possible within <see cref="MaxUrgentAsPossible"/>.
/// </summary>
public static class NluThresholdSearch
{
    public const double MaxFalseAlarmRate = 0.12;
    public const double MaxUrgentAsPossible = 0.08;

    public static NluThresholds Choose(NluEvaluation evaluation, IReadOnlyList<NluOutput> outputs, IReadOnlyList<string> kinds, IReadOnlyList<string> intents)
    {
        NluMetrics Score(NluThresholds t) => evaluation.Combined(outputs, Info(t, kinds, intents));

        var chosen = NluThresholds.Default;
        chosen = chosen with { Barrier = Grid(0.2, 0.7, 0.05).MaxBy(b => Score(chosen with { Barrier = b }).BarrierF1) };
        var danger = Grid(0.05, 0.95, 0.01)
            .Select(d => (d, Metrics: Score(chosen with { Danger = d, Uncertain = d / 2 })))
            .Where(x => x.Metrics.FalseAlarmRate <= MaxFalseAlarmRate)
            .OrderBy(x => x.Metrics.Missed).ThenByDescending(x => x.d)
            .Select(x => x.d)
            .DefaultIfEmpty(0.5)
            .First();
        chosen = chosen with { Danger = danger, Uncertain = danger / 2 };
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
