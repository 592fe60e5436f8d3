using Microsoft.ML;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>The fitted heads, from raw <see cref="NluInput"/> to <see cref="NluOutput"/>, with their class orders.</summary>
public sealed record TrainedNlu(MLContext Context, ITransformer Model, DataViewSchema InputSchema, IReadOnlyList<string> Kinds, IReadOnlyList<string> Intents)
{
    public NluModelInfo Info(NluThresholds thresholds, int messages, int writers, string corpusHash) =>
        NluThresholdSearch.Info(thresholds, Kinds, Intents) with { Messages = messages, Writers = writers, CorpusHash = corpusHash };

    public void Save(Stream stream) => Context.Model.Save(Model, InputSchema, stream);
}
