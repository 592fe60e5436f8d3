using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// Trains the learned heads over one featurization (word 1–2-grams and character 1–5-grams, TF-IDF, over
/// <see cref="NluInput"/>): danger (every message), urgent and kind (messages in danger), intent and the barrier
/// kinds (messages not in danger), question (every message). L-BFGS logistic regression and maximum entropy on one
/// thread, with a fixed seed, so the same corpus gives the same model.
/// </summary>
public sealed class NluTrainer(NluTrainingOptions options)
{
    private readonly MLContext ml = new(options.Seed);

    public NluTrainer() : this(new NluTrainingOptions())
    {
    }

    /// <summary>The fitted chain from raw <see cref="NluInput"/> to <see cref="NluOutput"/>, and its class orders.</summary>
    public TrainedNlu Train(IReadOnlyList<CorpusRecord> records)
    {
        var texts = ml.Data.LoadFromEnumerable(records.Select(r => NluInput.From(r.Text)));
        var featurizer = Featurizer().Fit(texts);
        var features = ReadFeatures(featurizer.Transform(texts), out var dimension);
        var heads = new HeadViews(ml, records, features, dimension);

        var parts = new List<ITransformer> { featurizer };
        var current = featurizer.Transform(texts);
        current = AddBinary(parts, current, heads.Binary(_ => true, r => r.InDanger), NluColumns.Danger);
        current = AddBinary(parts, current, heads.Binary(r => r.InDanger, r => r.Risk == "urgent"), NluColumns.Urgent);
        current = AddMulticlass(parts, current, heads.Classes(r => r.InDanger && r.RiskKind is not null, r => r.RiskKind!), NluColumns.Kind, out var kinds);
        current = AddMulticlass(parts, current, heads.Classes(r => !r.InDanger, r => r.Intent), NluColumns.Intent, out var intents);
        current = AddBinary(parts, current, heads.Binary(_ => true, r => r.Question), NluColumns.Question);
        foreach (var barrier in Barriers.All)
        {
            current = AddBinary(parts, current, heads.Binary(r => !r.InDanger, r => r.Barriers.Contains(barrier)), NluColumns.BarrierOf(barrier));
        }

        var concatenate = ml.Transforms.Concatenate(NluColumns.Barrier, [.. Barriers.All.Select(NluColumns.BarrierOf)]).Fit(current);
        parts.Add(concatenate);
        return new TrainedNlu(ml, new TransformerChain<ITransformer>([.. parts]), texts.Schema, kinds, intents);
    }

    private IEstimator<ITransformer> Featurizer() =>
        ml.Transforms.Text.FeaturizeText(NluColumns.Words, new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.WordNgrams, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.CharNgrams, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, NluColumns.Text)
        .Append(ml.Transforms.Concatenate(NluColumns.Features, NluColumns.Words));

    private static VBuffer<float>[] ReadFeatures(IDataView featurized, out int dimension)
    {
        var column = featurized.Schema[NluColumns.Features];
        dimension = ((VectorDataViewType)column.Type).Size;
        var rows = new List<VBuffer<float>>();
        using var cursor = featurized.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var value = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref value);
            var copy = default(VBuffer<float>);
            value.CopyTo(ref copy);
            rows.Add(copy);
        }

        return [.. rows];
    }

    private IDataView AddBinary(List<ITransformer> parts, IDataView current, IDataView rows, string output)
    {
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(HeadRow.Label),
            FeatureColumnName = NluColumns.Features,
            L2Regularization = options.L2,
            L1Regularization = options.L1,
            NumberOfThreads = 1,
        });
        return Append(parts, current, trainer.Fit(rows), output, "Probability");
    }

    private IDataView AddMulticlass(List<ITransformer> parts, IDataView current, IDataView rows, string output, out IReadOnlyList<string> classes)
    {
        var keyed = ml.Transforms.Conversion.MapValueToKey(nameof(HeadRow.Label), nameof(HeadRow.Class), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        var keys = keyed.Fit(rows);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(HeadRow.Label),
            FeatureColumnName = NluColumns.Features,
            L2Regularization = options.L2,
            L1Regularization = options.L1,
            NumberOfThreads = 1,
        });
        var head = trainer.Fit(keys.Transform(rows));
        var next = Append(parts, current, head, output, "Score");
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        next.Schema[output].GetSlotNames(ref names);
        classes = [.. names.DenseValues().Select(n => n.ToString())];
        return next;
    }

    private IDataView Append(List<ITransformer> parts, IDataView current, ITransformer head, string output, string column)
    {
        parts.Add(head);
        var scored = head.Transform(current);
        var copy = ml.Transforms.CopyColumns(output, column).Fit(scored);
        parts.Add(copy);
        return copy.Transform(scored);
    }
}
