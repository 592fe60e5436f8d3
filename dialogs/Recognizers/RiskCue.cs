namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Phrases that show one kind of danger at one level when they are not negated.</summary>
internal sealed record RiskCue(string Category, RiskLevel Level, PhraseSet Phrases);
