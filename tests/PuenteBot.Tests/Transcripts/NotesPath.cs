using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// Reads a value out of the care notes' JSON (camelCase, as in an escalation's summary) by a short path:
/// <c>barriers[0].kind</c>, <c>barriers[-1].plan</c> (from the end), <c>barriers[*].kind</c> (every element, joined
/// with ", "), <c>confidenceBefore</c>. A string reads as itself, a number or boolean as its JSON text, an array as
/// its count, and a missing value as null.
/// </summary>
public static partial class NotesPath
{
    public static string? Read(JsonNode? root, string path)
    {
        IEnumerable<JsonNode?> nodes = [root];
        var fansOut = false;
        foreach (Match segment in Segment().Matches(path))
        {
            var (name, index) = (segment.Groups["name"], segment.Groups["index"]);
            fansOut |= index.Value == "*";
            nodes = nodes.SelectMany(node => name.Success ? [node?[name.Value]] : Elements(node as JsonArray, index.Value)).ToList();
        }

        var texts = nodes.Select(Text).ToList();
        return fansOut ? string.Join(", ", texts) : texts.SingleOrDefault();
    }

    private static IEnumerable<JsonNode?> Elements(JsonArray? array, string index)
    {
        if (array is null)
        {
            return [null];
        }

        if (index == "*")
        {
            return array;
        }

        var at = int.Parse(index, CultureInfo.InvariantCulture);
        at = at < 0 ? array.Count + at : at;
        return [at >= 0 && at < array.Count ? array[at] : null];
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Count.ToString(CultureInfo.InvariantCulture),
        JsonValue value => value.ToString(),
        _ => node.ToJsonString(),
    };

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>-?\d+|\*)\]")]
    private static partial Regex Segment();
}
