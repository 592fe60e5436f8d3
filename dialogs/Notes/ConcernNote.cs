namespace PuenteBot.Dialogs.Notes;

/// <summary>A stigma or shame worry: its kind and the caregiver's words.</summary>
public sealed class ConcernNote
{
    /// <summary>family_opinion, fault, label, faith, medication, or other.</summary>
    public string Kind { get; set; } = string.Empty;

    public string? Words { get; set; }

    public DateTimeOffset? At { get; set; }
}
