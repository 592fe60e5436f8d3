namespace PuenteBot.Dialogs.Recognizers;

/// <summary>An option offered to the caregiver: the value the dialog gets back, and words that also pick it.</summary>
public sealed record Choice(string Value, string Title, IReadOnlyList<string>? Synonyms = null);
