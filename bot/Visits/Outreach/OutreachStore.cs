using System.Data.Common;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Escalations;
using PuenteBot.State;

namespace PuenteBot.Visits.Outreach;

/// <summary>
/// <see cref="IOutreachStore"/> in SQL both databases read alike, run by <see cref="SqlRunner"/> (times as each provider
/// keeps them, SQLite's writes behind its one writer). A claim sets the row's lease in one UPDATE … RETURNING: on SQLite
/// one writer at a time means two workers cannot take the same row; on PostgreSQL the row is picked with
/// <see cref="SqlRunner.SkipLocked"/>, so instances claiming at the same moment take different rows and none waits.
/// A worker that dies leaves its row to be taken again when the lease ends.
/// </summary>
public sealed class OutreachStore(SqlRunner sql) : IOutreachStore
{
    private const string VisitColumns = "a.id, a.family_id, a.starts_at, a.clinician, a.kind, a.state, a.attended, f.reminders";

    private const string VisitFrom = "appointments a JOIN families f ON f.id = a.family_id";

    private static readonly string[] Names =
    [
        "id", "plan_key", "kind", "family_id", "appointment_id", "escalation_id", "author", "body", "due_at", "state", "reason", "attempts",
        "conversation_id", "channel", "language", "reply", "replied_at", "created_at", "sent_at",
    ];

    public async Task<long?> PlanAsync(OutreachPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await sql.WriteAsync<long?>(async connection =>
        {
            await using var command = Command(
                connection,
                """
                INSERT INTO outreach (plan_key, kind, family_id, appointment_id, escalation_id, author, body, due_at, state, attempts, created_at)
                VALUES (@key, @kind, @family, @appointment, @escalation, @author, @body, @due, 'pending', 0, @now)
                ON CONFLICT (plan_key) DO NOTHING
                RETURNING id
                """,
                ("key", plan.PlanKey), ("kind", plan.Kind), ("family", plan.FamilyId), ("appointment", plan.AppointmentId), ("escalation", plan.EscalationId),
                ("author", plan.Author), ("body", plan.Body), ("due", plan.DueAt), ("now", now));
            return await command.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull ? Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture) : null;
        }, cancellationToken);
    }

    public async Task<bool> MoveAsync(long id, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE outreach SET due_at = @due, reason = NULL WHERE id = @id AND state = 'pending'", cancellationToken, ("id", id), ("due", dueAt)) > 0;

    public Task<int> CancelAppointmentAsync(string appointmentId, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outreach SET state = 'cancelled', reason = 'cancelled', lease_until = NULL WHERE appointment_id = @appointment AND state = 'pending'",
            cancellationToken,
            ("appointment", appointmentId));

    public async Task<OutreachRecord?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        return await sql.WriteAsync(async connection =>
        {
            await using var command = Command(
                connection,
                $"""
                UPDATE outreach SET lease_until = @until, attempts = attempts + 1
                WHERE id = (
                    SELECT n.id FROM outreach n
                    WHERE n.state = 'pending' AND n.due_at <= @now AND (n.lease_until IS NULL OR n.lease_until <= @now)
                    ORDER BY n.due_at, n.id LIMIT 1 {sql.SkipLocked})
                RETURNING {Columns(string.Empty)}
                """,
                ("now", now), ("until", now + lease));
            return (await ReadRowsAsync(command, cancellationToken)).SingleOrDefault();
        }, cancellationToken);
    }

    public async Task<bool> SentAsync(long id, string conversationId, string? channel, string? language, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            UPDATE outreach SET state = 'sent', reason = NULL, lease_until = NULL, sent_at = @now, conversation_id = @conversation, channel = @channel, language = @language
            WHERE id = @id AND state = 'pending'
            """,
            cancellationToken,
            ("id", id), ("now", now), ("conversation", conversationId), ("channel", channel), ("language", language)) > 0;

    public async Task<bool> EndAsync(long id, string state, string reason, CancellationToken cancellationToken)
    {
        if (state is not (OutreachStates.Skipped or OutreachStates.Cancelled))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "A row ends skipped or cancelled here (sent has its own call).");
        }

        return await ExecuteAsync(
            "UPDATE outreach SET state = @state, reason = @reason, lease_until = NULL WHERE id = @id AND state = 'pending'",
            cancellationToken,
            ("id", id), ("state", state), ("reason", reason)) > 0;
    }

    public async Task<bool> DeferAsync(long id, DateTimeOffset dueAt, string reason, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE outreach SET due_at = @due, reason = @reason, lease_until = NULL WHERE id = @id AND state = 'pending'",
            cancellationToken,
            ("id", id), ("due", dueAt), ("reason", reason)) > 0;

    public async Task<int> SentCountAsync(string familyId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        return await sql.ReadAsync(async connection =>
        {
            await using var command = Command(
                connection,
                "SELECT COUNT(*) FROM outreach WHERE family_id = @family AND state = 'sent' AND kind IN ('reminder', 'missed') AND sent_at >= @since",
                ("family", familyId), ("since", since));
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<OutreachVisit>> UpcomingAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken) =>
        VisitsAsync("a.state = 'scheduled' AND f.reminders = TRUE AND a.starts_at > @after AND a.starts_at <= @until", after, until, cancellationToken);

    public Task<IReadOnlyList<OutreachVisit>> MissedAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken) =>
        VisitsAsync("a.state = 'scheduled' AND a.attended = FALSE AND f.reminders = TRUE AND a.starts_at > @after AND a.starts_at <= @until", after, until, cancellationToken);

    public async Task<IReadOnlySet<string>> PlannedKeysAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken)
    {
        return await sql.ReadAsync(async connection =>
        {
            await using var command = Command(
                connection,
                "SELECT o.plan_key FROM outreach o JOIN appointments a ON a.id = o.appointment_id WHERE a.starts_at > @after AND a.starts_at <= @until",
                ("after", after), ("until", until));
            var keys = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(reader.GetString(0));
            }

            return keys;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<PendingVisitMessage>> PendingVisitMessagesAsync(CancellationToken cancellationToken)
    {
        return await sql.ReadAsync(async connection =>
        {
            await using var command = Command(
                connection,
                $"SELECT {Columns("o.")}, {VisitColumns} FROM outreach o JOIN appointments a ON a.id = o.appointment_id JOIN families f ON f.id = a.family_id WHERE o.state = 'pending' ORDER BY o.id");
            var pending = new List<PendingVisitMessage>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                pending.Add(new PendingVisitMessage(ReadRow(reader), ReadVisit(reader, Names.Length)));
            }

            return pending;
        }, cancellationToken);
    }

    public async Task<OutreachVisit?> VisitAsync(string appointmentId, CancellationToken cancellationToken)
    {
        return await sql.ReadAsync(async connection =>
        {
            await using var command = Command(connection, $"SELECT {VisitColumns} FROM {VisitFrom} WHERE a.id = @id", ("id", appointmentId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ReadVisit(reader, 0) : null;
        }, cancellationToken);
    }

    public async Task<OutreachRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        return await sql.ReadAsync(async connection =>
        {
            await using var command = Command(connection, $"SELECT {Columns("o.")} FROM outreach o WHERE o.id = @id", ("id", id));
            return (await ReadRowsAsync(command, cancellationToken)).SingleOrDefault();
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<OutreachRecord>> ForFamilyAsync(string familyId, CancellationToken cancellationToken)
    {
        return await sql.ReadAsync(async connection =>
        {
            await using var command = Command(connection, $"SELECT {Columns("o.")} FROM outreach o WHERE o.family_id = @family ORDER BY o.id", ("family", familyId));
            return await ReadRowsAsync(command, cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<OutreachRecord>> FollowUpsAsync(string escalationId, CancellationToken cancellationToken)
    {
        return await sql.ReadAsync(async connection =>
        {
            await using var command = Command(
                connection,
                $"SELECT {Columns("o.")} FROM outreach o WHERE o.escalation_id = @escalation AND o.kind = 'followup' ORDER BY o.created_at DESC, o.id DESC",
                ("escalation", escalationId));
            return await ReadRowsAsync(command, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// The row's answer and, for a reminder, its appointment's, in one transaction; the same answer again changes
    /// neither (a later, different answer replaces the earlier one). Only confirmed, change and barrier are an
    /// appointment's answers.
    /// </summary>
    public async Task RecordAsync(VisitReply reply, CancellationToken cancellationToken)
    {
        await sql.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            (string, object?)[] values = [("id", reply.OutreachId), ("answer", reply.Answer), ("at", reply.At)];
            await using (var outreach = Command(connection, "UPDATE outreach SET reply = @answer, replied_at = @at WHERE id = @id AND (reply IS NULL OR reply <> @answer)", values))
            {
                outreach.Transaction = transaction;
                await outreach.ExecuteNonQueryAsync(cancellationToken);
            }

            if (reply.Answer is VisitReply.Confirmed or VisitReply.Change or VisitReply.Barrier)
            {
                await using var appointment = Command(
                    connection,
                    """
                    UPDATE appointments SET reply = @answer, replied_at = @at
                    WHERE id = (SELECT o.appointment_id FROM outreach o WHERE o.id = @id AND o.kind = 'reminder') AND (reply IS NULL OR reply <> @answer)
                    """,
                    values);
                appointment.Transaction = transaction;
                await appointment.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);

            return true;
        }, cancellationToken);
    }

    private static string Columns(string prefix) => string.Join(", ", Names.Select(n => prefix + n));

    private async Task<IReadOnlyList<OutreachVisit>> VisitsAsync(string where, DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken)
    {
        return await sql.ReadAsync(async connection =>
        {
            await using var command = Command(
                connection,
                $"SELECT {VisitColumns} FROM {VisitFrom} WHERE {where} ORDER BY a.starts_at, a.id",
                ("after", after), ("until", until));
            var visits = new List<OutreachVisit>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                visits.Add(ReadVisit(reader, 0));
            }

            return visits;
        }, cancellationToken);
    }

    private static async Task<IReadOnlyList<OutreachRecord>> ReadRowsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<OutreachRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadRow(reader));
        }

        return rows;
    }

    private static OutreachRecord ReadRow(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        Text(r, 4),
        Text(r, 5),
        Text(r, 6),
        Text(r, 7),
        EscalationRowReader.Time(r.GetValue(8)),
        r.GetString(9),
        Text(r, 10),
        r.GetInt32(11),
        Text(r, 12),
        Text(r, 13),
        Text(r, 14),
        Text(r, 15),
        r.IsDBNull(16) ? null : EscalationRowReader.Time(r.GetValue(16)),
        EscalationRowReader.Time(r.GetValue(17)),
        r.IsDBNull(18) ? null : EscalationRowReader.Time(r.GetValue(18)));

    private static OutreachVisit ReadVisit(DbDataReader r, int at) => new(
        r.GetString(at),
        r.GetString(at + 1),
        EscalationRowReader.Time(r.GetValue(at + 2)),
        Text(r, at + 3),
        r.GetString(at + 4),
        r.GetString(at + 5),
        r.IsDBNull(at + 6) ? null : r.GetBoolean(at + 6),
        r.IsDBNull(at + 7) ? null : r.GetBoolean(at + 7));

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A command with its parameters: times as the provider keeps them (<see cref="SqlRunner.AddTime"/>), the rest as they are.</summary>
    private DbCommand Command(DbConnection connection, string text, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            if (value is DateTimeOffset time)
            {
                sql.AddTime(command, name, time);
                continue;
            }

            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private async Task<int> ExecuteAsync(string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        return await sql.WriteAsync(async connection =>
        {
            await using var command = Command(connection, text, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }
}
