using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PuenteBot.Channels.Sms.Sqlite;

/// <summary>
/// Writes a delivery's parts into <c>sms_outbox</c> as pending rows due at once, inside the caller's transaction: the
/// outbox's own enqueue, or a turn's save carrying its late replies.
/// </summary>
internal static class SqliteSmsOutboxInsert
{
    public static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, SmsDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO sms_outbox (conversation_id, delivery_id, part, body, despite_opt_out, state, attempts, next_attempt_at, created_at)
            VALUES ($conversation, $delivery, $part, $body, $despite, 'pending', 0, $now, $now)
            """;
        command.Parameters.AddWithValue("$conversation", delivery.ConversationId);
        command.Parameters.AddWithValue("$delivery", Guid.NewGuid().ToString("N"));
        command.Parameters.AddWithValue("$despite", delivery.DespiteOptOut);
        command.Parameters.AddWithValue("$now", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        var part = command.Parameters.Add("$part", SqliteType.Integer);
        var body = command.Parameters.Add("$body", SqliteType.Text);
        for (var i = 0; i < delivery.Texts.Count; i++)
        {
            part.Value = i + 1;
            body.Value = delivery.Texts[i];
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
