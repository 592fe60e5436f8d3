using System.Globalization;
using Microsoft.Data.Sqlite;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.State.Sqlite;

/// <summary>
/// Writes one stamped escalation into <c>escalations</c>. The id is the key: writing the same escalation again (the
/// turn's own save, the save of its escalations alone, the spool drained later) leaves one row.
/// </summary>
internal static class EscalationInsert
{
    /// <summary>True when the row is new, false when an escalation with this id was already stored.</summary>
    public static async Task<bool> ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, EscalationRequest escalation, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR IGNORE INTO escalations (id, conversation_id, urgency, reason, summary, state, created_at)
            VALUES ($id, $conversation, $urgency, $reason, $summary, 'pending', $now)
            """;
        command.Parameters.AddWithValue("$id", escalation.Id);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$urgency", escalation.Urgency);
        command.Parameters.AddWithValue("$reason", escalation.Reason);
        command.Parameters.AddWithValue("$summary", escalation.Summary.ToJsonString(DialogJson.Options));
        command.Parameters.AddWithValue("$now", createdAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
