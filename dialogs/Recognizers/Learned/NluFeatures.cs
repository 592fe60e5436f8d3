using Microsoft.ML.Data;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>The shared features of one message, as the featurizer writes them (sparse).</summary>
public sealed class NluFeatures
{
    public VBuffer<float> Features { get; set; }
}
