using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace PuenteBot.State.Postgres;

/// <summary>Shared SQL on the PostgreSQL database: times as <c>timestamptz</c>, lists as a <c>text[]</c> matched with <c>ANY</c>.</summary>
public sealed class PostgresSqlRunner(PostgresDatabase database) : SqlRunner
{
    public override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    public override string TimeType => "TIMESTAMPTZ";

    public override async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await work(connection);
    }

    public override Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) => ReadAsync(work, cancellationToken);

    public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public override void AddList(DbCommand command, string name, IReadOnlyCollection<string> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });

    public override void AddJson(DbCommand command, string name, string json) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json });

    public override void AddTime(DbCommand command, string name, DateTimeOffset? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.TimestampTz) { Value = (object?)value?.ToUniversalTime() ?? DBNull.Value });
}
