using Npgsql;

namespace PuenteBot.Channels.Sms.Postgres;

/// <summary>
/// Writes a delivery's parts into <c>sms_outbox</c> as pending rows due at once, in one statement: the outbox's own
/// enqueue (no transaction), or inside a turn's save carrying its late replies.
/// </summary>
internal static class PostgresSmsOutboxInsert
{
    public static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, SmsDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO sms_outbox (conversation_id, delivery_id, part, body, despite_opt_out, state, attempts, next_attempt_at, created_at)
            SELECT @conversation, @delivery, t.part, t.body, @despite, 'pending', 0, @now, @now
            FROM unnest(@bodies) WITH ORDINALITY AS t(body, part)
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("conversation", delivery.ConversationId);
        command.Parameters.AddWithValue("delivery", Guid.NewGuid().ToString("N"));
        command.Parameters.AddWithValue("despite", delivery.DespiteOptOut);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("bodies", delivery.Texts.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
