using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// Reads a value out of the care notes' JSON (camelCase, as the escalation summary has them) by a short path:
/// property names joined by dots, list items by index: <c>confidenceBefore</c>, <c>concerns[0].kind</c>.
/// </summary>
public static partial class TranscriptNotes
{
    /// <summary>The value at <paramref name="path"/> as text (strings as written, numbers and booleans as JSON), or "null" when absent.</summary>
    public static string Read(JsonNode? notes, string path)
    {
        var node = notes;
        foreach (Match part in Part().Matches(path))
        {
            node = Child(node, part);
        }

        return node switch
        {
            null => "null",
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => node.ToJsonString(),
        };
    }

    private static JsonNode? Child(JsonNode? node, Match part)
    {
        if (!part.Groups["index"].Success)
        {
            return node is JsonObject item ? item[part.Groups["name"].Value] : null;
        }

        var index = int.Parse(part.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return node is JsonArray list && index < list.Count ? list[index] : null;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>[0-9]+)\]")]
    private static partial Regex Part();
}
