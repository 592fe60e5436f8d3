using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// Serves the learned heads trained by <c>nlu train</c> (the model file and its <see cref="NluModelInfo"/>, shipped
/// in this assembly): the model's featurizer through ML.NET, then all the heads at once as <see cref="LinearHeads"/>.
/// A prediction engine is not thread-safe, so each call borrows one from a pool: any number of turns can read at once.
/// </summary>
public sealed class LearnedRecognizer
{
    public const string ModelResource = "PuenteBot.Dialogs.Recognizers.Learned.Model.nlu.zip";
    public const string InfoResource = "PuenteBot.Dialogs.Recognizers.Learned.Model.nlu.json";

    private const int RecentReadings = 512;
    private readonly ObjectPool<PredictionEngine<NluInput, NluFeatures>> featurizers;
    private readonly LinearHeads heads;
    private readonly ConcurrentDictionary<string, NluOutput> recent = new(StringComparer.Ordinal);
    private int remembered;

    public LearnedRecognizer() : this(Embedded(ModelResource), Embedded(InfoResource))
    {
    }

    public LearnedRecognizer(Stream model, Stream info)
        : this(new MLContext(), model, JsonSerializer.Deserialize<NluModelInfo>(info) ?? throw new InvalidDataException("The model's info file is empty."))
    {
    }

    public LearnedRecognizer(MLContext ml, ITransformer model, NluModelInfo info)
    {
        Info = info;
        var featurizer = ((TransformerChain<ITransformer>)model).First();
        featurizers = new DefaultObjectPool<PredictionEngine<NluInput, NluFeatures>>(new EnginePolicy(ml, featurizer), Environment.ProcessorCount * 8);
        heads = LinearHeads.From(model);
    }

    private LearnedRecognizer(MLContext ml, Stream model, NluModelInfo info) : this(ml, ml.Model.Load(model, out _), info)
    {
    }

    /// <summary>A freshly trained model, before its thresholds are chosen (cross-validation reads its raw outputs).</summary>
    public static LearnedRecognizer FromTrained(TrainedNlu trained) => new(trained.Context, trained.Model, trained.Info(NluThresholds.Default, 0, 0, ""));

    public NluModelInfo Info { get; }

    /// <summary>
    /// The heads' raw output for a message. One turn asks about the same words several times (the risk check, the
    /// prompt, the topic), so the last few hundred readings are kept; the output is not to be changed by callers.
    /// </summary>
    public NluOutput Predict(string? text)
    {
        var input = NluInput.From(text);
        if (recent.TryGetValue(input.Text, out var known))
        {
            return known;
        }

        var output = Compute(input);

        // ConcurrentDictionary.Count takes every lock of the dictionary; a counter of insertions does not.
        if (Interlocked.Increment(ref remembered) > RecentReadings)
        {
            Interlocked.Exchange(ref remembered, 0);
            recent.Clear();
        }

        recent[input.Text] = output;
        return output;
    }

    /// <summary>The heads' output for a message, computed afresh (what a reading costs when it is not remembered).</summary>
    public NluOutput Compute(NluInput input)
    {
        var engine = featurizers.Get();
        try
        {
            return heads.Score(engine.Predict(input).Features);
        }
        finally
        {
            featurizers.Return(engine);
        }
    }

    public LearnedReading Read(string? text) => Decide(Predict(text), Info, WordCount(text));

    /// <summary>
    /// A message this short ("trade with my neighbor", "nobody really") is mostly an answer to the bot's question:
    /// the corpus holds almost no danger told in so few words that the lexicon does not see, so the model alone needs
    /// <see cref="ShortDangerThreshold"/> to call it danger (cross-validation lost no message in danger to this).
    /// </summary>
    public const int ShortMessageWords = 5;

    public const double ShortDangerThreshold = 0.9;

    public static int WordCount(string? text) => NormalizedText.WordsOf(NormalizedText.Of(text)).Count();

    /// <summary>The reading the thresholds of <paramref name="info"/> give for the heads' output, for a message of <paramref name="words"/> words.</summary>
    public static LearnedReading Decide(NluOutput output, NluModelInfo info, int words = int.MaxValue)
    {
        var needed = words <= ShortMessageWords ? Math.Max(info.DangerThreshold, ShortDangerThreshold) : info.DangerThreshold;
        var danger = output.Danger >= needed;
        var level = !danger ? RiskLevel.None : output.Urgent >= info.UrgentThreshold ? RiskLevel.Urgent : RiskLevel.Possible;
        var kind = danger ? info.Kinds[ArgMax(output.Kind)] : null;
        var weights = output.Intent.Select((p, i) => info.Intents[i] == Intents.Other ? p * info.OtherIntentWeight : p).ToList();
        var whole = weights.Sum();
        var intents = weights
            .Select((p, i) => (Intent: info.Intents[i], Probability: whole > 0 ? p / whole : p))
            .OrderByDescending(x => x.Probability)
            .Take(2)
            .ToList();
        var barriers = info.Barriers.Where((_, i) => output.Barrier[i] >= info.BarrierThreshold).ToList();
        return new LearnedReading(level, kind, output.Danger, !danger && output.Danger >= info.UncertainThreshold, intents, barriers, output.Question >= 0.5)
        {
            SureSafe = output.Danger < info.LexiconVetoThreshold,
            SureOfIntent = intents[0].Probability >= info.IntentOverrideThreshold,
        };
    }

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            best = values[i] > values[best] ? i : best;
        }

        return best;
    }

    private static Stream Embedded(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The learned model {name} is missing: run 'dotnet run --project bot -- nlu train'.");

    private sealed class EnginePolicy(MLContext ml, ITransformer featurizer) : PooledObjectPolicy<PredictionEngine<NluInput, NluFeatures>>
    {
        public override PredictionEngine<NluInput, NluFeatures> Create() => ml.Model.CreatePredictionEngine<NluInput, NluFeatures>(featurizer);

        public override bool Return(PredictionEngine<NluInput, NluFeatures> obj) => true;
    }
}
