using System.Globalization;
using Microsoft.Extensions.Options;
using PuenteBot.State;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Channels.Sms.Sqlite;

/// <summary>The SMS channel's tables in the SQLite file.</summary>
public sealed class SqliteSmsStore(SqliteDatabase database, IOptions<StorageOptions> options, TimeProvider clock) : ISmsStore
{
    /// <summary>The webhook's writes wait no longer than a crisis turn's own (Twilio waits 15 s for the answer).</summary>
    private readonly TimeSpan wait = options.Value.UrgentWriteTimeout;

    public async Task<bool> TryClaimMessageAsync(string messageSid, string conversationId, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "INSERT OR IGNORE INTO sms_messages (message_sid, conversation_id, received_at) VALUES ($sid, $conversation, $now)",
            cancellationToken,
            ("$sid", messageSid), ("$conversation", conversationId), ("$now", Now())) == 1;

    public Task ReleaseMessageAsync(string messageSid, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM sms_messages WHERE message_sid = $sid", cancellationToken, ("$sid", messageSid));

    public Task SaveContactAsync(SmsContact contact, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            INSERT INTO sms_contacts (conversation_id, phone, bot_number, updated_at) VALUES ($conversation, $phone, $bot, $now)
            ON CONFLICT (conversation_id) DO UPDATE SET phone = excluded.phone, bot_number = excluded.bot_number, updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("$conversation", contact.ConversationId), ("$phone", contact.Phone), ("$bot", contact.BotNumber), ("$now", Now()));

    public async Task<SmsContact?> FindContactAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT phone, bot_number FROM sms_contacts WHERE conversation_id = $conversation";
        command.Parameters.AddWithValue("$conversation", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SmsContact(conversationId, reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    public async Task<string> GetOrAddSettingAsync(string name, Func<string> create, CancellationToken cancellationToken)
    {
        await ExecuteAsync("INSERT OR IGNORE INTO sms_settings (name, value) VALUES ($name, $value)", cancellationToken, ("$name", name), ("$value", create()));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM sms_settings WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var lease = await database.OpenForWriteAsync(wait, cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
