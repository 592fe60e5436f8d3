using System.Collections;
using System.Text.Json;

namespace PuenteBot.Channels.BotFramework;

/// <summary>Reads a key's <c>endorsements</c> value, whichever shape the JSON reader gave it.</summary>
public static class Endorsements
{
    public static IReadOnlyCollection<string> Read(object? value) => value switch
    {
        string single => [single],
        JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)],
        IEnumerable items => [.. items.Cast<object?>().Select(item => item?.ToString()).OfType<string>()],
        _ => [],
    };
}
