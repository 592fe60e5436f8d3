namespace PuenteBot.Dialogs.Visits;

/// <summary>How <see cref="RescheduleDialog"/> starts: the visit to move and the family's words that asked for it ("2" or "no puedo ir el jueves").</summary>
public sealed class RescheduleRequest
{
    public VisitOptions Visit { get; set; } = new();

    public string? Words { get; set; }
}
