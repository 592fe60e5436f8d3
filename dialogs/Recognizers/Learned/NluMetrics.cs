namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// The figures of issue 13 over one labelled set: danger missed (risk none for a message in danger), urgent
/// missed, urgent read as only possible, false alarms, intent accuracy (over messages not in danger and in danger
/// alike, as the labels say), barrier micro-F1, language, and the danger kind where danger was found.
/// </summary>
public sealed record NluMetrics(
    int Count, int Danger, int Missed, int Urgent, int UrgentMissed, int UrgentAsPossible, int Safe, int FalseAlarms,
    double IntentAccuracy, double BarrierF1, double LanguageAccuracy, double KindAccuracy)
{
    public double FalseAlarmRate => (double)FalseAlarms / Math.Max(Safe, 1);

    public static NluMetrics Measure(IReadOnlyList<(CorpusRecord Gold, Classification Got)> pairs)
    {
        int danger = 0, missed = 0, urgent = 0, urgentMissed = 0, urgentAsPossible = 0, safe = 0, alarms = 0;
        int intents = 0, languages = 0, kinds = 0, kindsSeen = 0, tp = 0, fp = 0, fn = 0;
        foreach (var (gold, got) in pairs)
        {
            var found = got.Risk != RiskLevel.None;
            if (gold.InDanger)
            {
                danger++;
                missed += found ? 0 : 1;
                if (found && gold.RiskKind is not null)
                {
                    kindsSeen++;
                    kinds += gold.RiskKind == got.Assessment.Category ? 1 : 0;
                }
            }
            else
            {
                safe++;
                alarms += found ? 1 : 0;
            }

            if (gold.Risk == "urgent")
            {
                urgent++;
                urgentMissed += found ? 0 : 1;
                urgentAsPossible += got.Risk == RiskLevel.Possible ? 1 : 0;
            }

            intents += gold.Intent == got.Intent ? 1 : 0;
            languages += gold.Language == got.Language ? 1 : 0;
            tp += got.Barriers.Count(gold.Barriers.Contains);
            fp += got.Barriers.Count(b => !gold.Barriers.Contains(b));
            fn += gold.Barriers.Count(b => !got.Barriers.Contains(b));
        }

        var n = Math.Max(pairs.Count, 1);
        return new NluMetrics(pairs.Count, danger, missed, urgent, urgentMissed, urgentAsPossible, safe, alarms,
            (double)intents / n, tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn), (double)languages / n, (double)kinds / Math.Max(kindsSeen, 1));
    }

    public const string TableHeader =
        "| set | messages | danger missed | urgent missed | urgent as possible | false alarms | intent | barrier micro-F1 | language | kind |\n" +
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    public string TableRow(string name) =>
        $"| {name} | {Count} | {Missed} of {Danger} | {UrgentMissed} of {Urgent} | {UrgentAsPossible} | {FalseAlarms} of {Safe} ({FalseAlarmRate:P1}) | " +
        $"{IntentAccuracy:P1} | {BarrierF1:F3} | {LanguageAccuracy:P1} | {KindAccuracy:P1} |";
}
