namespace PuenteBot.Dialogs.Recognizers;

/// <summary>The language a message is written in, or null when it cannot tell.</summary>
public sealed record LanguageResult(string? Language, double Confidence);
