using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Recognizers;

/// <summary>The classifier against labelled caregiver messages: the dev set (copied from the product side), our own set and the risk probe set, all kept in the corpus folder.</summary>
public sealed class UtteranceClassifierEvaluationTests
{
    private static readonly UtteranceClassifier Classifier = new(new LanguageRecognizer(), new IntentRecognizer(), new RiskRecognizer());

    private static string DevPath => Path.Combine(RepositoryPaths.Corpus, "dev.jsonl");

    private static string OwnPath => Path.Combine(RepositoryPaths.Corpus, "own.jsonl");

    private static string ProbePath => Path.Combine(RepositoryPaths.Corpus, "probe.jsonl");

    [Fact]
    public void Dev_set_meets_the_floors()
    {
        var metrics = Measure(DevPath, "dev");
        AssertFloors(metrics);
    }

    [Fact]
    public void Own_set_meets_the_floors_and_stays_within_five_points_of_dev()
    {
        var own = Measure(OwnPath, "own");
        AssertFloors(own);
        Assert.True(own.Count >= 150, $"own set has {own.Count} messages");
        var dev = ClassificationMetrics.Measure(LabelledUtterance.Load(DevPath), Classifier);
        Assert.InRange(own.FalseAlarmRate, dev.FalseAlarmRate - 0.05, dev.FalseAlarmRate + 0.05);
        Assert.InRange(own.IntentAccuracy, dev.IntentAccuracy - 0.05, dev.IntentAccuracy + 0.05);
        Assert.InRange(own.LanguageAccuracy, dev.LanguageAccuracy - 0.05, dev.LanguageAccuracy + 0.05);
        Assert.InRange(own.BarrierF1, dev.BarrierF1 - 0.05, dev.BarrierF1 + 0.05);
    }

    /// <summary>
    /// The probe set hunts for missed danger: reported speech, past and future forms, SMS spelling, abuse, medical
    /// emergencies, and tricky negatives. Its intents and barriers are not tuned on, so only the risk and language
    /// floors hold for it.
    /// </summary>
    [Fact]
    public void Probe_set_misses_no_risk_and_raises_few_false_alarms()
    {
        var probe = Measure(ProbePath, "probe");
        Assert.True(probe.Count >= 200, $"probe set has {probe.Count} messages");
        Assert.Equal(0, probe.MissedRisk);
        Assert.True(probe.FalseAlarmRate <= 0.10, $"false alarms {probe.FalseAlarmRate:P1}");
        Assert.True(probe.LanguageAccuracy >= 0.98, $"language accuracy {probe.LanguageAccuracy:P1}");
    }

    private static ClassificationMetrics Measure(string path, string name)
    {
        var metrics = ClassificationMetrics.Measure(LabelledUtterance.Load(path), Classifier);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{name}: {metrics}");
        foreach (var error in metrics.Errors)
        {
            output.WriteLine(error);
        }

        return metrics;
    }

    private static void AssertFloors(ClassificationMetrics m)
    {
        Assert.Equal(0, m.MissedRisk);
        Assert.True(m.FalseAlarmRate <= 0.10, $"false alarms {m.FalseAlarmRate:P1}");
        Assert.True(m.IntentAccuracy >= 0.90, $"intent accuracy {m.IntentAccuracy:P1}");
        Assert.True(m.LanguageAccuracy >= 0.98, $"language accuracy {m.LanguageAccuracy:P1}");
        Assert.True(m.BarrierF1 >= 0.85, $"barrier F1 {m.BarrierF1:F3}");
    }
}
