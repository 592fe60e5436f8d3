namespace PuenteBot.Turns.Middleware;

/// <summary><c>Portal:Handoff</c>: how long a family waits in a silent handoff before PuenteBot answers again.</summary>
public sealed class HandoffOptions
{
    public const string Section = "Portal:Handoff";

    /// <summary>
    /// A family message after this long without the clinician joining or writing ends the handoff: the family is
    /// told and the dialogs answer, so nobody is left with a silent bot because a clinician forgot to hand back.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
