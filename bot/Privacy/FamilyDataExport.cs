using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PuenteBot.Escalations;
using PuenteBot.Families;
using PuenteBot.State;

namespace PuenteBot.Privacy;

/// <summary>
/// Everything PuenteBot holds about one enrolled family, for staff answering a family's request to see it: the
/// enrolment, and for each linked conversation its state, its log and its escalations (JSON, and the same as a plain
/// readable HTML page). Staff delete the same conversations with <see cref="FamilyDataEraser"/>.
/// </summary>
public sealed class FamilyDataExport(IFamilyStore families, IConversationStore conversations, IEscalationStore escalations, TimeProvider clock)
{
    /// <summary>How many escalations per conversation the export lists.</summary>
    public const int MaxEscalations = 1000;

    public async Task<JsonObject?> ExportAsync(string familyId, CancellationToken cancellationToken)
    {
        if (await families.GetAsync(familyId, cancellationToken) is not { } family)
        {
            return null;
        }

        var list = new JsonArray();
        foreach (var id in await families.ConversationsAsync(familyId, cancellationToken))
        {
            var stored = await conversations.LoadAsync(id, cancellationToken);
            var log = await conversations.ReadLogAsync(id, cancellationToken);
            var raised = await escalations.ForConversationAsync(id, MaxEscalations, cancellationToken);
            list.Add(new JsonObject
            {
                ["id"] = id,
                ["state"] = stored.Version == 0 ? null : JsonNode.Parse(ConversationDataSerializer.Serialize(stored.Data)),
                ["log"] = new JsonArray([.. log.Select(e => (JsonNode)new JsonObject { ["at"] = e.Timestamp, ["direction"] = e.Direction, ["type"] = e.ActivityType, ["text"] = e.Text })]),
                ["escalations"] = new JsonArray([.. raised.Select(e => (JsonNode)new JsonObject
                {
                    ["id"] = e.Id, ["urgency"] = e.Urgency, ["reason"] = e.Reason, ["state"] = e.State, ["createdAt"] = e.CreatedAt,
                    ["acknowledgedBy"] = e.AcknowledgedBy, ["acknowledgedAt"] = e.AcknowledgedAt, ["summary"] = e.Summary.DeepClone(),
                })]),
            });
        }

        return new JsonObject
        {
            ["exportedAt"] = clock.GetUtcNow(),
            ["family"] = JsonSerializer.SerializeToNode(family, ExportJson.Options),
            ["conversations"] = list,
        };
    }

    /// <summary>The export as a page a person can read and print: the family, then each conversation's messages in order (every value encoded).</summary>
    public static string ToHtml(JsonObject export, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title)).Append("</title></head><body>");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1><dl>");
        foreach (var (name, value) in export["family"] as JsonObject ?? [])
        {
            html.Append("<dt>").Append(WebUtility.HtmlEncode(name)).Append("</dt><dd>").Append(WebUtility.HtmlEncode(value?.ToString() ?? "—")).Append("</dd>");
        }

        html.Append("</dl>");
        foreach (var conversation in (export["conversations"] as JsonArray ?? []).OfType<JsonObject>())
        {
            html.Append("<h2>").Append(WebUtility.HtmlEncode((string?)conversation["id"])).Append("</h2><ol>");
            foreach (var entry in (conversation["log"] as JsonArray ?? []).OfType<JsonObject>())
            {
                html.Append("<li><time>").Append(WebUtility.HtmlEncode(entry["at"]?.ToString())).Append("</time> ")
                    .Append((string?)entry["direction"] == LogEntry.Inbound ? "&#8594; " : "&#8592; ")
                    .Append(WebUtility.HtmlEncode((string?)entry["text"] ?? string.Empty)).Append("</li>");
            }

            html.Append("</ol><pre>").Append(WebUtility.HtmlEncode(conversation["escalations"]?.ToJsonString(ExportJson.Options))).Append("</pre>");
        }

        return html.Append("</body></html>").ToString();
    }
}
