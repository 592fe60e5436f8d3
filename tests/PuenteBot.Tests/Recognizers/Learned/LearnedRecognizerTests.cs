using System.Collections.Concurrent;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Recognizers.Learned;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Recognizers.Learned;

/// <summary>The model the bot ships: trained on the corpus in the repository, read safely from many turns at once.</summary>
public sealed class LearnedRecognizerTests
{
    private static LearnedRecognizer Model => ShippedModel.Instance;

    [Fact]
    public void Was_trained_on_the_corpus_in_the_repository()
    {
        var records = Corpus.LoadFolder(RepositoryPaths.Corpus);
        Assert.Equal(NluWorkbench.Hash(records), Model.Info.CorpusHash);
        Assert.Equal(records.Count, Model.Info.Messages);
        Assert.NotNull(Model.Info.CrossValidated);
        Assert.NotNull(Model.Info.TrainingFit);
        Assert.Equal(RiskCategories.All.Order(StringComparer.Ordinal), Model.Info.Kinds);
    }

    [Theory]
    [InlineData("she took the whole bottle of her pills and wont wake up", "urgent")]
    [InlineData("se tomó todas las pastillas de su abuela y no despierta", "urgent")]
    [InlineData("he wrote letters to all his friends saying goodbye and gave away his games", "possible")]
    [InlineData("anda regalando sus cosas y escribió una carta de despedida", "possible")]
    public void Reads_danger_in_both_languages(string text, string atLeast)
    {
        var reading = Model.Read(text);
        Assert.True(reading.Risk >= (atLeast == "urgent" ? RiskLevel.Urgent : RiskLevel.Possible), $"{text}: {reading.Risk} ({reading.DangerScore:F2})");
    }

    [Theory]
    [InlineData("can we move the appointment to thursday after 4", Intents.Barrier)]
    [InlineData("no tengo carro y el camión no pasa cerca de la clínica", Intents.Barrier)]
    [InlineData("thank you so much, see you next week", Intents.ThanksGoodbye)]
    public void Reads_everyday_messages_as_safe_with_their_intent(string text, string intent)
    {
        var reading = Model.Read(text);
        Assert.Equal(RiskLevel.None, reading.Risk);
        Assert.Equal(intent, reading.TopIntent.Intent);
    }

    [Fact]
    public void Gives_what_the_ML_NET_chain_gives_for_every_message_of_the_corpus()
    {
        var ml = new Microsoft.ML.MLContext();
        using var file = typeof(LearnedRecognizer).Assembly.GetManifestResourceStream(LearnedRecognizer.ModelResource)!;
        var chain = ml.Model.CreatePredictionEngine<NluInput, NluOutput>(ml.Model.Load(file, out _));
        var worst = 0f;
        foreach (var record in Corpus.LoadFolder(RepositoryPaths.Corpus))
        {
            var expected = chain.Predict(NluInput.From(record.Text));
            var served = Model.Predict(record.Text);
            Assert.Equal(expected.Kind.Length, served.Kind.Length);
            Assert.Equal(expected.Intent.Length, served.Intent.Length);
            Assert.Equal(expected.Barrier.Length, served.Barrier.Length);
            float[] a = [expected.Danger, expected.Urgent, expected.Question, .. expected.Kind, .. expected.Intent, .. expected.Barrier];
            float[] b = [served.Danger, served.Urgent, served.Question, .. served.Kind, .. served.Intent, .. served.Barrier];
            worst = Math.Max(worst, a.Zip(b, (x, y) => Math.Abs(x - y)).Max());
        }

        Assert.InRange(worst, 0f, 1e-4f);
    }

    [Fact]
    public void Gives_the_same_reading_from_many_threads_at_once()
    {
        var texts = Corpus.LoadFolder(RepositoryPaths.Corpus).Take(300).Select(r => r.Text).ToList();
        var expected = texts.Select(t => Model.Predict(t).Danger).ToList();
        var seen = new ConcurrentBag<(int Index, float Danger)>();
        Parallel.For(0, texts.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % texts.Count;
            seen.Add((index, Model.Predict(texts[index]).Danger));
        });
        Assert.Equal(texts.Count * 4, seen.Count);
        Assert.All(seen, s => Assert.Equal(expected[s.Index], s.Danger));
    }

    [Fact]
    public void Decides_by_the_thresholds_of_its_info()
    {
        var info = Model.Info;
        var output = new NluOutput
        {
            Danger = (float)info.DangerThreshold + 0.01f,
            Urgent = (float)info.UrgentThreshold - 0.01f,
            Kind = [.. info.Kinds.Select((k, i) => k == RiskCategories.Missing ? 0.9f : 0.01f)],
            Intent = [.. info.Intents.Select(_ => 1f / info.Intents.Count)],
            Barrier = [.. info.Barriers.Select(_ => 0f)],
        };
        var reading = LearnedRecognizer.Decide(output, info);
        Assert.Equal(RiskLevel.Possible, reading.Risk);
        Assert.Equal(RiskCategories.Missing, reading.Kind);
        var below = LearnedRecognizer.Decide(new NluOutput { Danger = (float)info.DangerThreshold - 0.01f, Urgent = 1, Kind = output.Kind, Intent = output.Intent, Barrier = output.Barrier }, info);
        Assert.Equal(RiskLevel.None, below.Risk);
        Assert.Null(below.Kind);
    }
}
