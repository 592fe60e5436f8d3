using PuenteBot.Dialogs.Escalation;

namespace PuenteBot.State;

/// <summary>
/// An escalation of a turn with its id, stamped before anything is written, so the database, the spool file and the
/// notifiers all know it by the same id (and a second write of it is recognised as the same escalation).
/// </summary>
public sealed record EscalationWrite(string Id, EscalationRequest Request)
{
    public static EscalationWrite Stamp(EscalationRequest request, DateTimeOffset now) => new(Guid.CreateVersion7(now).ToString("N"), request);
}
