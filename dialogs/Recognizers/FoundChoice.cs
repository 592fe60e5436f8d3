namespace PuenteBot.Dialogs.Recognizers;

/// <summary>The option a caregiver picked.</summary>
public sealed record FoundChoice(string Value, int Index, double Score);
