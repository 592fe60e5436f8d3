namespace PuenteBot.Dialogs.Runtime;

/// <summary>A person from the care team has joined the conversation from the clinician portal: the dialogs stay quiet until they hand back.</summary>
public sealed class HandoffState
{
    /// <summary>The clinician's name as the family sees it.</summary>
    public string ClinicianName { get; set; } = string.Empty;

    /// <summary>The clinician's portal user name (who to show as in the portal).</summary>
    public string ClinicianUser { get; set; } = string.Empty;

    public DateTimeOffset Since { get; set; }

    /// <summary>When the clinician last joined or wrote; after <c>Portal:Handoff:IdleTimeout</c> without them, PuenteBot takes over again.</summary>
    public DateTimeOffset LastClinicianActivityAt { get; set; }
}
