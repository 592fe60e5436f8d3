using System.Text.Json;
using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Tests.Transcripts;

/// <summary>Reads one field of the care notes by a dotted camelCase path, as the escalation summary writes them (callBack.way, barriers.0.kind).</summary>
public static class NotePath
{
    /// <summary>The field as text (a string's value, other values as JSON), or null when the path leads nowhere.</summary>
    public static string? Read(CareNotes notes, string path)
    {
        var node = DialogJson.ToNode(notes);
        foreach (var part in path.Split('.'))
        {
            node = node switch
            {
                JsonObject obj => obj[part],
                JsonArray array when int.TryParse(part, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
        }

        return node switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => node.ToJsonString(),
        };
    }
}
