namespace PuenteBot.Escalations.Cases;

/// <summary>A staff note on a case: who wrote it and when (the text is shown to staff only and never logged).</summary>
public sealed record CaseNote(string Author, string Text, DateTimeOffset CreatedAt);
