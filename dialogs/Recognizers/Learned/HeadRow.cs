using Microsoft.ML.Data;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>One featurized message with the label of one head: a flag for the binary heads, a class for the others.</summary>
internal sealed class HeadRow
{
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }

    public string Class { get; set; } = "";
}
