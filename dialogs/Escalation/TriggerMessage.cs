using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Escalation;

/// <summary>
/// The family's message an escalation is about (the danger words of a crisis, the concern behind "talk to a
/// person"), kept while a dialog asks its follow-up questions so the summary quotes it instead of the last
/// "1" or "yes please". <see cref="ActivityId"/> and <see cref="At"/> say which message it was, when the channel told.
/// </summary>
public sealed record TriggerMessage(string Text, string? ActivityId, DateTimeOffset? At)
{
    /// <summary>This turn's message, whatever it says; null when it has no text.</summary>
    public static TriggerMessage? Current(ITurnContext context) =>
        context.Activity is { Text: { } text } activity && !string.IsNullOrWhiteSpace(text) ? new(text, activity.Id, activity.Timestamp) : null;

    public JsonObject ToNode() => new() { ["text"] = Text, ["id"] = ActivityId, ["at"] = At };

    /// <summary>Where the message came from, for the summary's <c>trigger</c>; null when the channel gave neither.</summary>
    public JsonObject? Source() => ActivityId is null && At is null ? null : new JsonObject { ["id"] = ActivityId, ["at"] = At };

    public static TriggerMessage? From(JsonNode? node) =>
        node is JsonObject { } found && (string?)found["text"] is { } text
            ? new(text, (string?)found["id"], (DateTimeOffset?)found["at"])
            : null;
}
