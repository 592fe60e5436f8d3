using System.Text.Json.Serialization;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// What goes with the model file: the class order of its multi-class heads, the thresholds chosen by
/// writer-grouped cross-validation, and what it was trained on.
/// </summary>
public sealed record NluModelInfo
{
    [JsonPropertyName("kinds")] public required IReadOnlyList<string> Kinds { get; init; }
    [JsonPropertyName("intents")] public required IReadOnlyList<string> Intents { get; init; }
    [JsonPropertyName("barriers")] public required IReadOnlyList<string> Barriers { get; init; }

    /// <summary>A danger probability at or above this makes the model's reading possible or urgent.</summary>
    [JsonPropertyName("dangerThreshold")] public required double DangerThreshold { get; init; }

    /// <summary>Below <see cref="DangerThreshold"/> but at or above this, the message is in the uncertain band.</summary>
    [JsonPropertyName("uncertainThreshold")] public required double UncertainThreshold { get; init; }

    [JsonPropertyName("urgentThreshold")] public required double UrgentThreshold { get; init; }
    [JsonPropertyName("barrierThreshold")] public required double BarrierThreshold { get; init; }

    /// <summary>Below this danger probability the lexicon's possible yields to the model (its urgent never does).</summary>
    [JsonPropertyName("lexiconVetoThreshold")] public double LexiconVetoThreshold { get; init; }

    /// <summary>At or above this probability the model's intent is taken over the lexicon's.</summary>
    [JsonPropertyName("intentOverrideThreshold")] public double IntentOverrideThreshold { get; init; } = 1.01;

    /// <summary>The weight of the intent head's <c>other</c> before its distribution is read (1: as trained).</summary>
    [JsonPropertyName("otherIntentWeight")] public double OtherIntentWeight { get; init; } = 1;
    [JsonPropertyName("messages")] public required int Messages { get; init; }
    [JsonPropertyName("writers")] public required int Writers { get; init; }
    [JsonPropertyName("corpusHash")] public required string CorpusHash { get; init; }

    /// <summary>Lexicon and model together, by writer-grouped cross-validation when the model was trained.</summary>
    [JsonPropertyName("crossValidated")] public NluMetrics? CrossValidated { get; init; }

    /// <summary>Lexicon and model together on the corpus the model was trained on: what a retrain must reproduce.</summary>
    [JsonPropertyName("trainingFit")] public NluMetrics? TrainingFit { get; init; }
}
