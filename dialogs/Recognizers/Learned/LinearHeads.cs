using System.Numerics.Tensors;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// Every head of a trained chain as one sparse linear layer over the shared features. Served through ML.NET, each of
/// the 18 heads is a transformer of its own that walks the features again (about 0.5 ms for a message of a few
/// sentences); here each feature the message has adds its row of all the heads' weights at once, and the heads'
/// own link (Platt for the binary heads, softmax for the multi-class ones) turns the sums into the same
/// probabilities the chain gives. A test holds the two to the same outputs on the whole corpus.
/// </summary>
internal sealed class LinearHeads
{
    private readonly Head[] heads;
    private readonly float[] weights;
    private readonly float[] biases;
    private readonly int width;

    private LinearHeads(Head[] heads, float[] weights, float[] biases, int width)
    {
        this.heads = heads;
        this.weights = weights;
        this.biases = biases;
        this.width = width;
    }

    /// <summary>The number of features the heads read.</summary>
    public int Dimension => weights.Length / width;

    /// <summary>
    /// Reads the heads of a chain laid out as <see cref="NluTrainer"/> fits it: the featurizer, then each head of
    /// <see cref="NluColumns.Heads"/> in that order (each followed by the copy of its output), then the barriers'
    /// concatenation.
    /// </summary>
    public static LinearHeads From(ITransformer model)
    {
        var predictors = ((TransformerChain<ITransformer>)model).OfType<ISingleFeaturePredictionTransformer<object>>().ToList();
        if (predictors.Count != NluColumns.Heads.Count)
        {
            throw new InvalidDataException($"The model has {predictors.Count} heads, not the {NluColumns.Heads.Count} this code reads.");
        }

        var rows = new List<(float[] Weights, float Bias)>();
        var heads = new Head[predictors.Count];
        for (var h = 0; h < predictors.Count; h++)
        {
            var first = rows.Count;
            switch (predictors[h].Model)
            {
                case CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> binary:
                    rows.Add(([.. binary.SubModel.Weights], binary.SubModel.Bias));
                    heads[h] = new Head(NluColumns.Heads[h], first, 1, binary.Calibrator.Slope, binary.Calibrator.Offset);
                    break;
                case MaximumEntropyModelParameters multiclass:
                    var classWeights = default(VBuffer<float>[]);
                    multiclass.GetWeights(ref classWeights, out var classes);
                    var classBiases = multiclass.GetBiases().ToArray();
                    for (var c = 0; c < classes; c++)
                    {
                        rows.Add((classWeights![c].DenseValues().ToArray(), classBiases[c]));
                    }

                    heads[h] = new Head(NluColumns.Heads[h], first, classes, 0, 0);
                    break;
                default:
                    throw new InvalidDataException($"The model's head {NluColumns.Heads[h]} is a {predictors[h].Model.GetType().Name}, which this code does not read.");
            }
        }

        var width = rows.Count;
        var dimension = rows.Max(r => r.Weights.Length);
        var weights = new float[dimension * width];
        for (var r = 0; r < width; r++)
        {
            var row = rows[r].Weights;
            for (var f = 0; f < row.Length; f++)
            {
                weights[(f * width) + r] = row[f];
            }
        }

        return new LinearHeads(heads, weights, [.. rows.Select(r => r.Bias)], width);
    }

    /// <summary>The heads' output for one message's features.</summary>
    public NluOutput Score(in VBuffer<float> features)
    {
        var sums = biases.ToArray();
        var values = features.GetValues();
        if (features.IsDense)
        {
            for (var f = 0; f < values.Length; f++)
            {
                Add(sums, f, values[f]);
            }
        }
        else
        {
            var indices = features.GetIndices();
            for (var i = 0; i < values.Length; i++)
            {
                Add(sums, indices[i], values[i]);
            }
        }

        var output = new NluOutput();
        var barriers = new List<float>();
        foreach (var head in heads)
        {
            var scores = sums.AsSpan(head.First, head.Count);
            if (head.Count == 1)
            {
                var probability = (float)(1 / (1 + Math.Exp((head.Slope * scores[0]) + head.Offset)));
                switch (head.Column)
                {
                    case NluColumns.Danger: output.Danger = probability; break;
                    case NluColumns.Urgent: output.Urgent = probability; break;
                    case NluColumns.Question: output.Question = probability; break;
                    default: barriers.Add(probability); break;
                }
            }
            else
            {
                var distribution = new float[head.Count];
                TensorPrimitives.SoftMax(scores, distribution);
                if (head.Column == NluColumns.Kind)
                {
                    output.Kind = distribution;
                }
                else
                {
                    output.Intent = distribution;
                }
            }
        }

        output.Barrier = [.. barriers];
        return output;
    }

    private void Add(float[] sums, int feature, float value)
    {
        if (value != 0 && feature < Dimension)
        {
            TensorPrimitives.MultiplyAdd(weights.AsSpan(feature * width, width), value, sums, sums);
        }
    }

    private sealed record Head(string Column, int First, int Count, double Slope, double Offset);
}
