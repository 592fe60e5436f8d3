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
    [JsonPropertyName("messages")] public required int Messages { get; init; }
    [JsonPropertyName("writers")] public required int Writers { get; init; }
    [JsonPropertyName("corpusHash")] public required string CorpusHash { get; init; }
}
