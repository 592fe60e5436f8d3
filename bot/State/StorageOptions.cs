using System.ComponentModel.DataAnnotations;

namespace PuenteBot.State;

/// <summary>The <c>Storage</c> section: which database, and where.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (the default, one file, no server) or <c>postgres</c> (one database for many instances).</summary>
    [Required]
    [AllowedValues(Sqlite, Postgres, ErrorMessage = "Storage:Provider must be 'sqlite' or 'postgres'.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// SQLite: empty means a file under the user's local data folder. PostgreSQL: an Npgsql connection string
    /// (from the environment: it holds the password unless <see cref="EntraId"/> is set).
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>PostgreSQL only: sign in with an Entra ID token (a managed identity) instead of a password.</summary>
    public bool EntraId { get; set; }

    /// <summary>PostgreSQL with <see cref="EntraId"/>: the client id of a user-assigned managed identity; empty uses the default credential chain.</summary>
    public string EntraIdClientId { get; set; } = string.Empty;

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How long a write that carries escalations may wait for the database (a lock held by another process), and
    /// how long the escalations of a turn whose save failed are then retried on their own before they are spooled.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan UrgentWriteTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Caps the SQLite file (SQLite's <c>max_page_count</c>), keeping room on the disk for the spool and logs; 0 means no cap.</summary>
    [Range(0, 1_000_000)]
    public int MaxSizeMegabytes { get; set; }
}
