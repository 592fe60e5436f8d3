using System.Text.Json;
using System.Text.Json.Nodes;
using PuenteBot.Escalations;
using PuenteBot.Families;
using PuenteBot.State;
using PuenteBot.Visits.Appointments;

namespace PuenteBot.Privacy;

/// <summary>
/// Everything PuenteBot holds about one enrolled family, for staff answering a family's request to see it: the
/// enrolment, their visits and the messages planned or sent to them outside a conversation (<see cref="OutreachExport"/>),
/// and for each linked conversation its state, its log and its escalations (JSON; the portal shows the same as a
/// readable page, <c>FamilyExportPage</c>). Staff delete the same conversations with <see cref="FamilyDataEraser"/>.
/// </summary>
public sealed class FamilyDataExport(
    IFamilyStore families, IConversationStore conversations, IEscalationStore escalations, IAppointmentStore appointments, OutreachExport outreach, TimeProvider clock)
{
    /// <summary>How many escalations per conversation the export lists.</summary>
    public const int MaxEscalations = 1000;

    /// <summary>How many visits the export lists (the latest starts).</summary>
    public const int MaxAppointments = 1000;

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
            ["appointments"] = JsonSerializer.SerializeToNode(await appointments.ForFamilyAsync(familyId, MaxAppointments, cancellationToken), ExportJson.Options),
            ["outreach"] = await outreach.ForFamilyAsync(familyId, cancellationToken),
            ["conversations"] = list,
        };
    }
}
