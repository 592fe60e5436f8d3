using Microsoft.ML.Data;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>What the model gives for one message: a probability per head, a distribution per multi-class head.</summary>
public sealed class NluOutput
{
    /// <summary>The probability that the message shows danger.</summary>
    public float Danger { get; set; }

    /// <summary>The probability that danger shown is urgent rather than possible.</summary>
    public float Urgent { get; set; }

    /// <summary>The probability of each danger kind, in the order of <see cref="NluModelInfo.Kinds"/>.</summary>
    [VectorType]
    public float[] Kind { get; set; } = [];

    /// <summary>The probability of each intent, in the order of <see cref="NluModelInfo.Intents"/>.</summary>
    [VectorType]
    public float[] Intent { get; set; } = [];

    /// <summary>The probability that the message asks the bot or the clinic a direct question.</summary>
    public float Question { get; set; }

    /// <summary>The probability of each barrier kind, in the order of <see cref="Barriers.All"/>.</summary>
    [VectorType]
    public float[] Barrier { get; set; } = [];
}
