namespace PuenteBot.Dialogs.Barriers;

/// <summary>A barrier to work through: its kind and how the caregiver named it.</summary>
public sealed record NamedBarrier(string Kind, string? Words);
