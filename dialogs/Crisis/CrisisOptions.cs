namespace PuenteBot.Dialogs.Crisis;

/// <summary>How the crisis conversation starts: after an urgent message (the safety message is out) or a possible one (the safety question is out).</summary>
public sealed class CrisisOptions
{
    public bool Urgent { get; set; }

    public string? Category { get; set; }
}
