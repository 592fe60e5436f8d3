using System.Data;
using System.Data.Common;

namespace PuenteBot.State;

/// <summary>
/// Runs one piece of SQL on the configured provider, for stores whose SQL reads the same on SQLite and PostgreSQL
/// (<c>@name</c> parameters, <c>ON CONFLICT</c>): the connection (SQLite writes queue behind this process's writer),
/// how a time is passed, and how a column is matched against a list of values.
/// </summary>
public abstract class SqlRunner
{
    /// <summary>The SQL type times are kept as (for <c>CAST(@x AS …)</c> of a parameter that may be null).</summary>
    public abstract string TimeType { get; }

    /// <summary>
    /// What a <c>SELECT</c> that picks a queue's row to claim ends with: <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL
    /// (instances claiming at once take different rows, none waits), nothing on SQLite (one writer at a time already).
    /// </summary>
    public abstract string SkipLocked { get; }

    public abstract Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken);

    public abstract Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>A condition true when <paramref name="column"/> is one of the values of the list parameter <paramref name="parameter"/>.</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>Adds a list of texts as the parameter <see cref="InList"/> reads.</summary>
    public abstract void AddList(DbCommand command, string name, IReadOnlyCollection<string> values);

    /// <summary>Adds a time (or null) as the provider stores times.</summary>
    public abstract void AddTime(DbCommand command, string name, DateTimeOffset? value);

    /// <summary>Adds a JSON document as the provider stores it (text on SQLite, <c>jsonb</c> on PostgreSQL).</summary>
    public abstract void AddJson(DbCommand command, string name, string json);

    /// <summary>Adds a text (or null, typed as text so <c>@x IS NULL</c> needs no cast on PostgreSQL).</summary>
    public static void AddText(DbCommand command, string name, string? value) => Add(command, name, DbType.String, value);

    public static void AddNumber(DbCommand command, string name, long value) => Add(command, name, DbType.Int64, value);

    protected static void Add(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
