using System.Data.Common;
using PuenteBot.Escalations;
using PuenteBot.State;

namespace PuenteBot.Visits.Appointments;

/// <summary>
/// The visits on either provider: the SQL reads the same on SQLite and PostgreSQL (<see cref="SqlRunner"/> holds the
/// differences: times as round-trip UTC text or <c>timestamptz</c>, so ranges compare alike). A change names the state
/// it may start from in its <c>WHERE</c>, so a cancelled visit is never moved or marked.
/// </summary>
public sealed class AppointmentStore(SqlRunner sql, TimeProvider clock) : IAppointmentStore
{
    private const string Columns = "id, family_id, starts_at, clinician, kind, state, attended, reply, replied_at, created_at, updated_at";

    private const string Scheduled = "state = 'scheduled'";

    public Task CreateAsync(AppointmentRecord appointment, CancellationToken cancellationToken) =>
        sql.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                INSERT INTO appointments ({Columns})
                VALUES (@id, @family, @start, @clinician, @kind, @state, {Flag(appointment.Attended)}, @reply, @replied, @created, @updated)
                """;
            SqlRunner.AddText(command, "@id", appointment.Id);
            SqlRunner.AddText(command, "@family", appointment.FamilyId);
            sql.AddTime(command, "@start", appointment.Start);
            SqlRunner.AddText(command, "@clinician", appointment.Clinician);
            SqlRunner.AddText(command, "@kind", appointment.Kind);
            SqlRunner.AddText(command, "@state", appointment.State);
            SqlRunner.AddText(command, "@reply", appointment.Reply);
            sql.AddTime(command, "@replied", appointment.RepliedAt);
            sql.AddTime(command, "@created", appointment.CreatedAt);
            sql.AddTime(command, "@updated", appointment.UpdatedAt);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task<AppointmentRecord?> GetAsync(string id, CancellationToken cancellationToken) =>
        sql.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM appointments WHERE id = @id";
            SqlRunner.AddText(command, "@id", id);
            return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
        }, cancellationToken);

    public Task<bool> UpdateAsync(string id, DateTimeOffset start, string? clinician, string kind, CancellationToken cancellationToken) =>
        ChangeAsync(id, $"starts_at = @start, clinician = @clinician, kind = @kind WHERE id = @id AND {Scheduled}", cancellationToken, command =>
        {
            sql.AddTime(command, "@start", start);
            SqlRunner.AddText(command, "@clinician", clinician);
            SqlRunner.AddText(command, "@kind", kind);
        });

    public Task<bool> CancelAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, $"state = '{AppointmentStates.Cancelled}' WHERE id = @id AND {Scheduled}", cancellationToken);

    public Task<bool> SetAttendanceAsync(string id, bool attended, CancellationToken cancellationToken) =>
        ChangeAsync(id, $"attended = {Flag(attended)} WHERE id = @id AND {Scheduled}", cancellationToken);

    public Task<IReadOnlyList<AppointmentRecord>> ForFamilyAsync(string familyId, int limit, CancellationToken cancellationToken) =>
        ListAsync("family_id = @family ORDER BY starts_at DESC, id LIMIT @limit", cancellationToken, command =>
        {
            SqlRunner.AddText(command, "@family", familyId);
            SqlRunner.AddNumber(command, "@limit", Math.Max(0, limit));
        });

    /// <summary>A boolean as a literal both databases read (SQLite keeps it as 1 or 0).</summary>
    private static string Flag(bool? value) => value switch { true => "TRUE", false => "FALSE", null => "NULL" };

    private Task<IReadOnlyList<AppointmentRecord>> ListAsync(string where, CancellationToken cancellationToken, Action<DbCommand> parameters) =>
        sql.ReadAsync<IReadOnlyList<AppointmentRecord>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM appointments WHERE {where}";
            parameters(command);
            return await ReadAllAsync(command, cancellationToken);
        }, cancellationToken);

    private Task<bool> ChangeAsync(string id, string change, CancellationToken cancellationToken, Action<DbCommand>? parameters = null) =>
        sql.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE appointments SET updated_at = @now, {change}";
            SqlRunner.AddText(command, "@id", id);
            sql.AddTime(command, "@now", clock.GetUtcNow());
            parameters?.Invoke(command);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private static async Task<List<AppointmentRecord>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var appointments = new List<AppointmentRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            appointments.Add(new AppointmentRecord(
                reader.GetString(0),
                reader.GetString(1),
                EscalationRowReader.Time(reader.GetValue(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetBoolean(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : EscalationRowReader.Time(reader.GetValue(8)),
                EscalationRowReader.Time(reader.GetValue(9)),
                EscalationRowReader.Time(reader.GetValue(10))));
        }

        return appointments;
    }
}
