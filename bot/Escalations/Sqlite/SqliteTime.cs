using System.Globalization;

namespace PuenteBot.Escalations.Sqlite;

/// <summary>SQLite keeps times as round-trip UTC text, which sorts in time order.</summary>
internal static class SqliteTime
{
    public static string Text(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
