using System.Text.Json;
using System.Text.Json.Serialization;

namespace PuenteBot.Tests.Recognizers;

/// <summary>One line of an evaluation file: a caregiver message and its gold labels.</summary>
public sealed record LabelledUtterance(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("barriers")] IReadOnlyList<string> Barriers,
    [property: JsonPropertyName("risk")] string Risk)
{
    public static IReadOnlyList<LabelledUtterance> Load(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<LabelledUtterance>(line) ?? throw new InvalidDataException(path))
            .ToList();
}
