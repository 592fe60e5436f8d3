using System.Data.Common;
using PuenteBot.State;

namespace PuenteBot.Escalations.Cases;

/// <summary>
/// The cases on either provider (the SQL is the same; <see cref="SqlRunner"/> holds the differences). A change is one
/// <c>INSERT … ON CONFLICT DO UPDATE … WHERE</c>: the row is created on the first change of an escalation, and the
/// <c>WHERE</c> names the states the change may start from, so the database decides a race.
/// </summary>
public sealed class CaseStore(SqlRunner sql, TimeProvider clock) : ICaseStore
{
    private const string Columns = "c.escalation_id, c.state, c.owner, c.disposition, c.repaged_at, c.updated_at, c.closed_at";

    private const string Upsert = """
        INSERT INTO escalation_cases (escalation_id, state, owner, disposition, repaged_at, updated_at, closed_at)
        SELECT @id, @state, @owner, @disposition, @repaged, @now, @closed WHERE EXISTS (SELECT 1 FROM escalations WHERE id = @id)
        ON CONFLICT (escalation_id) DO UPDATE SET {0}
        """;

    private const string Owned = "state = excluded.state, owner = excluded.owner, updated_at = excluded.updated_at";

    public Task<CaseRecord> GetAsync(string escalationId, CancellationToken cancellationToken) =>
        sql.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM escalation_cases c WHERE c.escalation_id = @id";
            SqlRunner.AddText(command, "@id", escalationId);
            return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault() ?? CaseRecord.Open(escalationId);
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, CaseRecord>> ForEscalationsAsync(IReadOnlyCollection<string> escalationIds, CancellationToken cancellationToken) =>
        sql.ReadAsync<IReadOnlyDictionary<string, CaseRecord>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM escalation_cases c WHERE {sql.InList("c.escalation_id", "@ids")}";
            sql.AddList(command, "@ids", escalationIds);
            return (await ReadAllAsync(command, cancellationToken)).ToDictionary(c => c.EscalationId);
        }, cancellationToken);

    public Task<bool> ClaimAsync(string escalationId, string user, CancellationToken cancellationToken) =>
        ChangeAsync(escalationId, CaseStates.Claimed, user, $"{Owned} WHERE escalation_cases.state = 'open' OR (escalation_cases.state = 'claimed' AND escalation_cases.owner = excluded.owner)", cancellationToken);

    public Task<bool> AssignAsync(string escalationId, string user, CancellationToken cancellationToken) =>
        ChangeAsync(escalationId, CaseStates.Claimed, user, $"{Owned} WHERE escalation_cases.state IN ('open', 'claimed')", cancellationToken);

    public Task<bool> StartConversationAsync(string escalationId, string user, CancellationToken cancellationToken) =>
        ChangeAsync(escalationId, CaseStates.InConversation, user, $"{Owned}, disposition = NULL, closed_at = NULL", cancellationToken);

    public Task<bool> EndConversationAsync(string escalationId, CancellationToken cancellationToken) =>
        sql.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE escalation_cases SET state = 'claimed', updated_at = @now WHERE escalation_id = @id AND state = 'in_conversation'";
            SqlRunner.AddText(command, "@id", escalationId);
            sql.AddTime(command, "@now", clock.GetUtcNow());
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public Task<bool> CloseAsync(string escalationId, string user, string disposition, CancellationToken cancellationToken) =>
        ChangeAsync(
            escalationId,
            CaseStates.Closed,
            user,
            """
            state = excluded.state, owner = COALESCE(escalation_cases.owner, excluded.owner), disposition = excluded.disposition,
                updated_at = excluded.updated_at, closed_at = excluded.closed_at WHERE escalation_cases.state <> 'closed'
            """,
            cancellationToken,
            disposition);

    public Task<bool> MarkRepagedAsync(string escalationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(
            escalationId,
            CaseStates.Open,
            null,
            "repaged_at = excluded.repaged_at WHERE escalation_cases.state = 'open' AND escalation_cases.repaged_at IS NULL",
            cancellationToken,
            repagedAt: at);

    public Task<IReadOnlyList<EscalationRecord>> RepageDueAsync(DateTimeOffset raisedBy, int limit, CancellationToken cancellationToken) =>
        sql.ReadAsync<IReadOnlyList<EscalationRecord>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT {EscalationRowReader.Columns} FROM escalations e LEFT JOIN escalation_cases c ON c.escalation_id = e.id
                WHERE e.urgency = 'urgent' AND e.state <> 'acknowledged' AND e.created_at <= @raisedBy
                    AND (c.escalation_id IS NULL OR (c.state = 'open' AND c.repaged_at IS NULL))
                ORDER BY e.created_at, e.id LIMIT @limit
                """;
            sql.AddTime(command, "@raisedBy", raisedBy);
            SqlRunner.AddNumber(command, "@limit", limit);
            return await EscalationRowReader.ReadAllAsync(command, cancellationToken);
        }, cancellationToken);

    public Task<IReadOnlyList<CaseRow>> QueueAsync(CaseQueueQuery query, CancellationToken cancellationToken) =>
        sql.ReadAsync<IReadOnlyList<CaseRow>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            var conversations = query.Conversations is null ? "1 = 1" : sql.InList("e.conversation_id", "@conversations");
            command.CommandText = $"""
                SELECT {EscalationRowReader.Columns}, {Columns} FROM escalations e LEFT JOIN escalation_cases c ON c.escalation_id = e.id
                WHERE (@state IS NULL OR COALESCE(c.state, 'open') = @state)
                    AND (@state IS NOT NULL OR (COALESCE(c.state, 'open') <> 'closed' AND (e.state <> 'acknowledged' OR c.state IN ('claimed', 'in_conversation'))))
                    AND (@urgency IS NULL OR e.urgency = @urgency) AND (@owner IS NULL OR c.owner = @owner) AND {conversations}
                ORDER BY {EscalationRowReader.UrgencyRank}, e.created_at, e.id LIMIT @limit
                """;
            SqlRunner.AddText(command, "@state", query.State);
            SqlRunner.AddText(command, "@urgency", query.Urgency);
            SqlRunner.AddText(command, "@owner", query.Owner);
            SqlRunner.AddNumber(command, "@limit", query.Limit);
            if (query.Conversations is { } ids)
            {
                sql.AddList(command, "@conversations", ids);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<CaseRow>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var escalation = EscalationRowReader.Read(reader);
                rows.Add(new CaseRow(escalation, reader.IsDBNull(9) ? CaseRecord.Open(escalation.Id) : ReadCase(reader, 9)));
            }

            return rows;
        }, cancellationToken);

    public Task<bool> AddNoteAsync(string escalationId, string author, string text, CancellationToken cancellationToken) =>
        sql.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO case_notes (escalation_id, author, text, created_at)
                SELECT @id, @author, @text, @now WHERE EXISTS (SELECT 1 FROM escalations WHERE id = @id)
                """;
            SqlRunner.AddText(command, "@id", escalationId);
            SqlRunner.AddText(command, "@author", author);
            SqlRunner.AddText(command, "@text", text);
            sql.AddTime(command, "@now", clock.GetUtcNow());
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public Task<IReadOnlyList<CaseNote>> NotesAsync(string escalationId, CancellationToken cancellationToken) =>
        sql.ReadAsync<IReadOnlyList<CaseNote>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT author, text, created_at FROM case_notes WHERE escalation_id = @id ORDER BY id";
            SqlRunner.AddText(command, "@id", escalationId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var notes = new List<CaseNote>();
            while (await reader.ReadAsync(cancellationToken))
            {
                notes.Add(new CaseNote(reader.GetString(0), reader.GetString(1), EscalationRowReader.Time(reader.GetValue(2))));
            }

            return notes;
        }, cancellationToken);

    private Task<bool> ChangeAsync(
        string escalationId, string state, string? owner, string update, CancellationToken cancellationToken, string? disposition = null, DateTimeOffset? repagedAt = null) =>
        sql.WriteAsync(async connection =>
        {
            var now = clock.GetUtcNow();
            await using var command = connection.CreateCommand();
            command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, Upsert, update);
            SqlRunner.AddText(command, "@id", escalationId);
            SqlRunner.AddText(command, "@state", state);
            SqlRunner.AddText(command, "@owner", owner);
            SqlRunner.AddText(command, "@disposition", disposition);
            sql.AddTime(command, "@repaged", repagedAt);
            sql.AddTime(command, "@now", now);
            sql.AddTime(command, "@closed", state == CaseStates.Closed ? now : null);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private static async Task<List<CaseRecord>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cases = new List<CaseRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(ReadCase(reader, 0));
        }

        return cases;
    }

    /// <summary>The case in <see cref="Columns"/> from column <paramref name="first"/> on.</summary>
    private static CaseRecord ReadCase(DbDataReader reader, int first)
    {
        DateTimeOffset? Time(int column) => reader.IsDBNull(first + column) ? null : EscalationRowReader.Time(reader.GetValue(first + column));
        string? Text(int column) => reader.IsDBNull(first + column) ? null : reader.GetString(first + column);
        return new CaseRecord(reader.GetString(first), reader.GetString(first + 1), Text(2), Text(3), Time(4), Time(5), Time(6));
    }
}
