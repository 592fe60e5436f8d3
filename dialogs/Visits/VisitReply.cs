namespace PuenteBot.Dialogs.Visits;

/// <summary>The family's answer to a planned message: <see cref="Confirmed"/>, <see cref="Change"/>, <see cref="Barrier"/> or <see cref="Answered"/>.</summary>
public sealed record VisitReply(long OutreachId, string? AppointmentId, string Answer, DateTimeOffset At)
{
    /// <summary>"1": they will be there.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>"2" or "no puedo ir el jueves": they need another time (a routine reschedule request for the care team).</summary>
    public const string Change = "change";

    /// <summary>"3", or an obstacle named: the barrier conversation for that visit opened.</summary>
    public const string Barrier = "barrier";

    /// <summary>Any other reply to a missed-visit message or a follow-up.</summary>
    public const string Answered = "answered";
}
