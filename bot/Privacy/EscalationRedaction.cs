using System.Text.Json.Nodes;

namespace PuenteBot.Privacy;

/// <summary>
/// What an escalation keeps once the family's data is deleted: the facts the clinic must retain (reason, kind, level,
/// channel, language, the times of its updates and what they meant) and an <c>erased</c> mark (<c>{at, by}</c>) that
/// the summaries show as "deleted at the family's request". Everything the family wrote goes: the quote, the excerpt,
/// the updates' quotes and assessments, and the copy of the care notes. An allow-list, so a field added later is
/// dropped until someone decides the clinic must keep it.
/// </summary>
public static class EscalationRedaction
{
    public const string Key = "erased";

    /// <summary>The <c>by</c> of a deletion the family asked for in the conversation.</summary>
    public const string ByFamily = "family";

    /// <summary>The <c>by</c> of a deletion clinic staff made from the portal (at the family's request).</summary>
    public const string ByStaff = "staff";

    private static readonly string[] Kept = ["reason", "conversationId", "channel", "language", "kind", "level", "category", "optedOut"];

    private static readonly string[] KeptInUpdates = ["at", "kind", "level", "category"];

    public static JsonObject Redact(JsonObject summary, string by, DateTimeOffset at)
    {
        var redacted = Pick(summary, Kept);
        if (summary["updates"] is JsonArray updates)
        {
            redacted["updates"] = new JsonArray([.. updates.OfType<JsonObject>().Select(u => (JsonNode)Pick(u, KeptInUpdates))]);
        }

        redacted[Key] = new JsonObject { ["at"] = at, ["by"] = by };
        return redacted;
    }

    /// <summary>True when the escalation's summary was redacted by a deletion.</summary>
    public static bool IsErased(JsonObject summary) => summary[Key] is JsonObject;

    private static JsonObject Pick(JsonObject source, string[] names)
    {
        var picked = new JsonObject();
        foreach (var name in names)
        {
            if (source[name] is { } value)
            {
                picked[name] = value.DeepClone();
            }
        }

        return picked;
    }
}
