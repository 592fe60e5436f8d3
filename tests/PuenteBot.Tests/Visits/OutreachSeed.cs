using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using PuenteBot.Families;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Visits;

/// <summary>
/// Families, their answer to reminders and their appointments written straight into a <see cref="TestDatabase"/>, as
/// the visits part's store would write them (its API is built in parallel): the rows outreach plans from. On either
/// provider: a <see cref="TestDatabase"/>, or the SQLite file of a whole bot (<see cref="PuenteBot.Tests.Support.BotApplicationFactory"/>).
/// </summary>
public sealed class OutreachSeed(string provider, string connectionString, IFamilyStore families)
{
    private static readonly DateTimeOffset Enrolled = new(2026, 11, 1, 15, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>An enrolled family; <paramref name="reminders"/> its answer to reminders (null: not asked).</summary>
    public async Task FamilyAsync(string familyId, bool? reminders = true, string language = "es", string channel = "sms")
    {
        await families.CreateAsync(new FamilyRecord(familyId, "MRN-" + familyId, "Mateo", "Lucía Pérez", null, language, channel, null, Enrolled), Cancel);
        if (reminders is { } wanted)
        {
            await RemindersAsync(familyId, wanted);
        }
    }

    /// <summary>The family's answer to reminders changes (at enrolment, in chat).</summary>
    public Task RemindersAsync(string familyId, bool wanted) => ExecuteAsync("UPDATE families SET reminders = @wanted WHERE id = @id", ("id", familyId), ("wanted", Flag(wanted)));

    public Task AppointmentAsync(string id, string familyId, DateTimeOffset startsAt, string state = "scheduled", bool? attended = null) =>
        ExecuteAsync(
            """
            INSERT INTO appointments (id, family_id, starts_at, clinician, kind, state, attended, created_at, updated_at)
            VALUES (@id, @family, @start, 'Dr. Kim', 'in_person', @state, @attended, @now, @now)
            """,
            ("id", id), ("family", familyId), ("start", Time(startsAt)), ("state", state), ("attended", Flag(attended)), ("now", Time(Enrolled)));

    /// <summary>The clinic moves a visit.</summary>
    public Task MoveAsync(string id, DateTimeOffset startsAt) => ExecuteAsync("UPDATE appointments SET starts_at = @start WHERE id = @id", ("id", id), ("start", Time(startsAt)));

    public Task CancelAsync(string id) => ExecuteAsync("UPDATE appointments SET state = 'cancelled' WHERE id = @id", ("id", id));

    public Task MarkAttendedAsync(string id, bool attended) => ExecuteAsync("UPDATE appointments SET attended = @attended WHERE id = @id", ("id", id), ("attended", Flag(attended)));

    /// <summary>The appointment's reply and reply time as stored.</summary>
    public async Task<(string? Reply, bool RepliedAtSet)> AppointmentReplyAsync(string id)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, "SELECT reply, replied_at FROM appointments WHERE id = @id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        Assert.True(await reader.ReadAsync(Cancel));
        return (reader.IsDBNull(0) ? null : reader.GetString(0), !reader.IsDBNull(1));
    }

    private bool IsPostgres => provider == PuenteBot.State.StorageOptions.Postgres;

    private object? Flag(bool? value) => value is not { } flag ? null : IsPostgres ? flag : flag ? 1 : 0;

    private object Time(DateTimeOffset value) =>
        IsPostgres ? value.ToUniversalTime() : value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private async Task ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(Cancel);
    }

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync(Cancel);
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
