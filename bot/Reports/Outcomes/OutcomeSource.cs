using System.Data.Common;
using PuenteBot.Escalations;
using PuenteBot.State;

namespace PuenteBot.Reports.Outcomes;

/// <summary>
/// The outcomes page's four reads from the database <c>Storage:Provider</c> names, one SQL text for both providers run
/// by <see cref="SqlRunner"/> (named <c>@</c> parameters, times as each provider keeps them, no JSON functions: the
/// conversation state and the escalation summary are read in C#).
/// </summary>
public sealed class OutcomeSource(SqlRunner sql) : IOutcomeSource
{
    /// <summary>
    /// Conversations that may hold a care note dated in the range (saved since its start) or an inbound message in it:
    /// a note is written by a turn, and a turn moves <c>updated_at</c>.
    /// </summary>
    private const string Conversations = """
        SELECT c.id, f.family_id, c.channel_id, c.data,
               EXISTS (SELECT 1 FROM conversation_log l
                       WHERE l.conversation_id = c.id AND l.direction = @inbound AND l.created_at >= @from AND l.created_at < @until)
        FROM conversations c LEFT JOIN family_conversations f ON f.conversation_id = c.id
        WHERE c.updated_at >= @from
        """;

    private const string Escalations = """
        SELECT urgency, summary, created_at, acknowledged_at FROM escalations WHERE created_at >= @from AND created_at < @until
        """;

    private const string Messages = """
        SELECT kind, reply, channel, language FROM outreach WHERE state = 'sent' AND sent_at >= @from AND sent_at < @until
        """;

    /// <summary>Marked, not cancelled appointments starting in the range, with whether a reminder was sent before the start.</summary>
    private const string Visits = """
        SELECT a.attended, m.language, m.channel,
               EXISTS (SELECT 1 FROM outreach o
                       WHERE o.appointment_id = a.id AND o.kind = 'reminder' AND o.state = 'sent' AND o.sent_at < a.starts_at)
        FROM appointments a JOIN families m ON m.id = a.family_id
        WHERE a.attended IS NOT NULL AND a.state <> 'cancelled' AND a.starts_at >= @from AND a.starts_at < @until
        """;

    public Task<OutcomeFacts> ReadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
        sql.ReadAsync(async connection => new OutcomeFacts(
            await ReadAsync(connection, Conversations, from, until, r => new OutcomeConversation(r.GetString(0), Text(r, 1), Text(r, 2), r.GetString(3), Convert.ToBoolean(r.GetValue(4))), cancellationToken),
            await ReadAsync(connection, Escalations, from, until, r => new OutcomeEscalation(r.GetString(0), r.GetString(1), EscalationRowReader.Time(r.GetValue(2)), r.IsDBNull(3) ? null : EscalationRowReader.Time(r.GetValue(3))), cancellationToken),
            await ReadAsync(connection, Messages, from, until, r => new OutcomeMessage(r.GetString(0), Text(r, 1), Text(r, 2), Text(r, 3)), cancellationToken),
            await ReadAsync(connection, Visits, from, until, r => new OutcomeVisit(Convert.ToBoolean(r.GetValue(0)), Convert.ToBoolean(r.GetValue(3)), r.GetString(1), r.GetString(2)), cancellationToken)),
            cancellationToken);

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private async Task<IReadOnlyList<T>> ReadAsync<T>(DbConnection connection, string text, DateTimeOffset from, DateTimeOffset until, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        sql.AddTime(command, "@from", from);
        sql.AddTime(command, "@until", until);
        SqlRunner.AddText(command, "@inbound", LogEntry.Inbound);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
