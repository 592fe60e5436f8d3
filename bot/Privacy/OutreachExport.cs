using System.Data.Common;
using System.Text.Json.Nodes;
using PuenteBot.Escalations;
using PuenteBot.State;

namespace PuenteBot.Privacy;

/// <summary>
/// The messages PuenteBot planned or sent a family outside a turn (<c>outreach</c>: reminders, the missed-visit
/// message, the care team's follow-ups with their words), soonest due first, for <see cref="FamilyDataExport"/>.
/// </summary>
public sealed class OutreachExport(SqlRunner sql)
{
    private static readonly string[] Columns =
        ["kind", "appointment_id", "author", "body", "due_at", "state", "reason", "channel", "language", "reply", "replied_at", "sent_at"];

    private static readonly string[] Names =
        ["kind", "appointmentId", "author", "body", "dueAt", "state", "reason", "channel", "language", "reply", "repliedAt", "sentAt"];

    public Task<JsonArray> ForFamilyAsync(string familyId, CancellationToken cancellationToken) =>
        sql.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", Columns)} FROM outreach WHERE family_id = @family ORDER BY due_at, id";
            SqlRunner.AddText(command, "@family", familyId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new JsonArray();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Row(reader));
            }

            return rows;
        }, cancellationToken);

    private static JsonObject Row(DbDataReader reader)
    {
        var row = new JsonObject();
        for (var i = 0; i < Names.Length; i++)
        {
            row[Names[i]] = reader.IsDBNull(i) ? null
                : Names[i].EndsWith("At", StringComparison.Ordinal) ? JsonValue.Create(EscalationRowReader.Time(reader.GetValue(i)))
                : JsonValue.Create(reader.GetString(i));
        }

        return row;
    }
}
