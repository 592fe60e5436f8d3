using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// One labelled caregiver message of the training corpus or an evaluation set, in the labels of
/// ../shared/CONVERSATION.md: who wrote it (<see cref="Writer"/>, the unit cross-validation folds by) and where
/// it came from.
/// </summary>
public sealed record CorpusRecord
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("intent")] public required string Intent { get; init; }
    [JsonPropertyName("barriers")] public IReadOnlyList<string> Barriers { get; init; } = [];
    [JsonPropertyName("risk")] public required string Risk { get; init; }
    [JsonPropertyName("risk_kind")] public string? RiskKind { get; init; }
    [JsonPropertyName("question")] public bool Question { get; init; }
    [JsonPropertyName("entities")] public JsonObject? Entities { get; init; }
    [JsonPropertyName("writer")] public string? Writer { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }

    [JsonIgnore] public bool InDanger => Risk != "none";
}
