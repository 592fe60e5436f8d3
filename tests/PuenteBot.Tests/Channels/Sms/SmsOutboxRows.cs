using PuenteBot.Tests.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>The rows of <c>sms_outbox</c> as committed, read straight from the test database (either provider).</summary>
public static class SmsOutboxRows
{
    public sealed record Row(long Id, string ConversationId, int Part, string Body, string State, int Attempts, string? TwilioSid, int? ErrorCode, string? LastError);

    public static async Task<List<Row>> ReadAsync(TestDatabase database)
    {
        await using var connection = await StoredRows.OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, conversation_id, part, body, state, attempts, twilio_sid, error_code, last_error FROM sms_outbox ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<Row>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(new Row(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt32(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return rows;
    }

    /// <summary>The rows once none is pending any more (or after ten seconds).</summary>
    public static async Task<List<Row>> SettledAsync(TestDatabase database)
    {
        var rows = await ReadAsync(database);
        for (var i = 0; i < 200 && rows.Any(r => r.State == "pending"); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            rows = await ReadAsync(database);
        }

        return rows;
    }
}
