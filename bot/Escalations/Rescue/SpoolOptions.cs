using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Escalations.Rescue;

/// <summary><c>Escalation:Spool</c>: where escalations go when the database takes nothing, and how they come back.</summary>
public sealed class SpoolOptions
{
    /// <summary>
    /// Empty means a <c>spool</c> folder beside the SQLite file (the user's data folder by default), or with PostgreSQL
    /// one in the user's local data folder (<c>~/.local/share/PuenteBot/spool</c> on Linux).
    /// </summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>How long the turn waits for the notifiers it hands a spooled escalation to before it answers the family.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:10")]
    public TimeSpan DeliveryWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the drainer tries to move spooled escalations into the database.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan DrainInterval { get; set; } = TimeSpan.FromSeconds(5);
}
