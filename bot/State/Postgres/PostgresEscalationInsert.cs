using Npgsql;
using NpgsqlTypes;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.State.Postgres;

/// <summary>
/// Writes one stamped escalation into <c>escalations</c>, as <c>EscalationInsert</c> does on SQLite. The id is the key:
/// writing the same escalation again (the turn's own save, the save of its escalations alone, the spool drained
/// later) leaves one row. Its deliveries are the outbox's to add, one per configured notifier.
/// </summary>
internal static class PostgresEscalationInsert
{
    /// <summary>True when the row is new, false when an escalation with this id was already stored.</summary>
    public static async Task<bool> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string conversationId, EscalationRequest escalation, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO escalations (id, conversation_id, urgency, reason, summary, state, created_at)
            VALUES (@id, @conversation, @urgency, @reason, @summary, 'pending', @now)
            ON CONFLICT (id) DO NOTHING
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("id", escalation.Id);
        command.Parameters.AddWithValue("conversation", conversationId);
        command.Parameters.AddWithValue("urgency", escalation.Urgency);
        command.Parameters.AddWithValue("reason", escalation.Reason);
        command.Parameters.AddWithValue("summary", NpgsqlDbType.Jsonb, escalation.Summary.ToJsonString(DialogJson.Options));
        command.Parameters.AddWithValue("now", createdAt.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
