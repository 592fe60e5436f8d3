using PuenteBot.Portal.Handoff;
using PuenteBot.State;

namespace PuenteBot.Escalations.Api;

/// <summary>
/// One message of the conversation: <c>in</c> from the family, <c>out</c> from the bot or a clinician; <see cref="From"/>
/// says which (<c>family</c>, <c>bot</c>, <c>clinician</c>) and <see cref="Clinician"/> the clinician's name. The text
/// is as it was sent.
/// </summary>
public sealed record TranscriptEntry(string Direction, string Type, string? Text, DateTimeOffset At, string From, string? Clinician)
{
    public static TranscriptEntry Of(LogEntry entry, LogAuthor author) =>
        new(entry.Direction, entry.ActivityType, entry.Text, entry.Timestamp, author.Kind, author.Name);
}
