using System.ComponentModel.DataAnnotations;

namespace PuenteBot.State;

/// <summary>The <c>Storage</c> section: which database, and where.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (the default, one file, no server).</summary>
    [Required]
    [AllowedValues("sqlite", ErrorMessage = "Storage:Provider must be 'sqlite'.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Empty means a file under the user's local data folder.</summary>
    public string ConnectionString { get; set; } = string.Empty;

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
