namespace PuenteBot.Dialogs.Recognizers;

/// <summary>A number found in text: its value and where it stood.</summary>
public sealed record NumberMatch(double Value, int Start, int Length, string Text);
