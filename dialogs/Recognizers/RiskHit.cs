namespace PuenteBot.Dialogs.Recognizers;

/// <summary>One cue found in a message and not denied: its kind, the level it counts at, and its words.</summary>
internal readonly record struct RiskHit(string Category, RiskLevel Level, string Words);
