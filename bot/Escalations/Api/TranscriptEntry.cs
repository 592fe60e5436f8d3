namespace PuenteBot.Escalations.Api;

/// <summary>One message of the conversation: <c>in</c> from the family, <c>out</c> from the bot.</summary>
public sealed record TranscriptEntry(string Direction, string Type, string? Text, DateTimeOffset At);
