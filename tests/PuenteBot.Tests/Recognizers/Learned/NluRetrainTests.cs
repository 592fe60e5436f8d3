using PuenteBot.Dialogs.Recognizers.Learned;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Recognizers.Learned;

/// <summary>
/// Training is deterministic: retraining on the corpus gives the shipped model again, within a tolerance, so the
/// model file in the repository is what <c>nlu train</c> makes of the corpus beside it.
/// </summary>
public sealed class NluRetrainTests
{
    [Fact]
    public void Retraining_on_the_corpus_reproduces_the_shipped_figures()
    {
        var records = Corpus.LoadFolder(RepositoryPaths.Corpus);
        var shipped = ShippedModel.Instance.Info;
        var trained = new NluTrainer().Train(records);
        var info = shipped with { CrossValidated = null, TrainingFit = null };
        var fit = NluWorkbench.Fit(new NluEvaluation(records), trained, info);
        var expected = shipped.TrainingFit!;
        TestContext.Current.TestOutputHelper!.WriteLine(NluMetrics.TableHeader);
        TestContext.Current.TestOutputHelper!.WriteLine(expected.TableRow("shipped"));
        TestContext.Current.TestOutputHelper!.WriteLine(fit.TableRow("retrained"));

        Assert.InRange(fit.Missed, expected.Missed - 3, expected.Missed + 3);
        Assert.InRange(fit.UrgentMissed, expected.UrgentMissed - 2, expected.UrgentMissed + 2);
        Assert.InRange(fit.FalseAlarms, expected.FalseAlarms - 5, expected.FalseAlarms + 5);
        Assert.InRange(fit.IntentAccuracy, expected.IntentAccuracy - 0.005, expected.IntentAccuracy + 0.005);
        Assert.InRange(fit.BarrierF1, expected.BarrierF1 - 0.005, expected.BarrierF1 + 0.005);

        var retrained = new LearnedRecognizer(trained.Context, trained.Model, info);
        foreach (var record in records.Where((_, i) => i % 50 == 0))
        {
            Assert.InRange(retrained.Predict(record.Text).Danger - ShippedModel.Instance.Predict(record.Text).Danger, -0.01f, 0.01f);
        }
    }
}
