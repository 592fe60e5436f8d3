namespace PuenteBot.Dialogs.Recognizers;

/// <summary>A phrase found in normalized text: where it starts and its words.</summary>
public readonly record struct PhraseMatch(int Index, string Value);
