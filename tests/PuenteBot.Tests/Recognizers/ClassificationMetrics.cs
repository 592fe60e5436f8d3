using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>The figures the issue asks for, over one labelled set.</summary>
public sealed record ClassificationMetrics(
    int Count, int MissedRisk, double FalseAlarmRate, double IntentAccuracy, double LanguageAccuracy, double BarrierF1, double RiskAccuracy,
    IReadOnlyList<string> Errors)
{
    public static ClassificationMetrics Measure(IReadOnlyList<LabelledUtterance> set, UtteranceClassifier classifier)
    {
        int missed = 0, alarms = 0, safe = 0, intents = 0, languages = 0, risks = 0, tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        foreach (var u in set)
        {
            var c = classifier.Classify(u.Text);
            var risk = c.Risk.ToString().ToLowerInvariant();
            missed += u.Risk != "none" && risk == "none" ? 1 : 0;
            safe += u.Risk == "none" ? 1 : 0;
            alarms += u.Risk == "none" && risk != "none" ? 1 : 0;
            risks += u.Risk == risk ? 1 : 0;
            intents += u.Intent == c.Intent ? 1 : 0;
            languages += u.Language == c.Language ? 1 : 0;
            tp += c.Barriers.Count(u.Barriers.Contains);
            fp += c.Barriers.Count(b => !u.Barriers.Contains(b));
            fn += u.Barriers.Count(b => !c.Barriers.Contains(b));
            if (u.Intent != c.Intent || u.Language != c.Language || (u.Risk == "none") != (risk == "none") || !u.Barriers.ToHashSet().SetEquals(c.Barriers))
            {
                errors.Add($"{u.Id}: gold {u.Language}/{u.Intent}/{u.Risk}/[{string.Join(',', u.Barriers)}] got {c.Language}/{c.Intent}/{risk}/[{string.Join(',', c.Barriers)}] {string.Join('|', c.Assessment.Evidence)}");
            }
        }

        var f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        return new ClassificationMetrics(set.Count, missed, (double)alarms / Math.Max(safe, 1), (double)intents / set.Count,
            (double)languages / set.Count, f1, (double)risks / set.Count, errors);
    }

    public override string ToString() =>
        $"n={Count} missed risk={MissedRisk} false alarms={FalseAlarmRate:P1} intent={IntentAccuracy:P1} language={LanguageAccuracy:P1} " +
        $"barrier F1={BarrierF1:F3} risk level exact={RiskAccuracy:P1}";
}
