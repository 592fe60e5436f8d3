using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace PuenteBot.State.Sqlite;

/// <summary>Shared SQL on the SQLite file: times as round-trip UTC text, lists as a JSON array read with <c>json_each</c>.</summary>
public sealed class SqliteSqlRunner(SqliteDatabase database) : SqlRunner
{
    public override string SkipLocked => string.Empty;

    public override string TimeType => "TEXT";

    public override async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await work(connection);
    }

    public override async Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        return await work(lease.Connection);
    }

    public override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    public override void AddList(DbCommand command, string name, IReadOnlyCollection<string> values) =>
        Add(command, name, DbType.String, JsonSerializer.Serialize(values));

    public override void AddJson(DbCommand command, string name, string json) => Add(command, name, DbType.String, json);

    public override void AddTime(DbCommand command, string name, DateTimeOffset? value) =>
        Add(command, name, DbType.String, value?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
}
