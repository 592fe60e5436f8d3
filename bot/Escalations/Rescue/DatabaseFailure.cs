using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PuenteBot.Escalations.Rescue;

/// <summary>The failures that mean the database does not take the write now (locked, full, gone, too slow), and how logs name them.</summary>
internal static class DatabaseFailure
{
    public static bool Is(Exception exception) => exception is DbException or TimeoutException or IOException or SocketException;

    /// <summary>An error code or a type name: never an exception message, which may carry what was written.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        SqliteException sqlite => $"SQLite error {sqlite.SqliteErrorCode}",
        PostgresException postgres => $"PostgreSQL error {postgres.SqlState}",
        _ => exception.GetType().Name,
    };
}
