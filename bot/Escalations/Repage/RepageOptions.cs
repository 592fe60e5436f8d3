using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Escalations.Repage;

/// <summary><c>Escalation:Repage</c>: when an urgent escalation nobody acknowledged or claimed is sent again to the on-call clinicians.</summary>
public sealed class RepageOptions
{
    /// <summary>How long an urgent escalation may wait unacknowledged and unclaimed before it is re-paged (once).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan After { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the worker looks for escalations due a re-page.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
