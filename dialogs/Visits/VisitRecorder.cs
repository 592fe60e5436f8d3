using Microsoft.Extensions.Logging;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// Records the family's answer to a planned message through <see cref="IVisitReplies"/>, stamped with the bot's
/// clock, and logs it (the outreach id and the answer only). A host without the outreach store (no
/// <see cref="IVisitReplies"/> registered) only logs that the answer was not recorded.
/// </summary>
public sealed class VisitRecorder(TimeProvider clock, ILogger<VisitRecorder> logger, IVisitReplies? replies = null)
{
    public async Task RecordAsync(long outreachId, string? appointmentId, string answer, CancellationToken cancellationToken)
    {
        if (replies is null)
        {
            VisitLog.NotRecorded(logger, outreachId, answer);
            return;
        }

        var appointment = string.IsNullOrEmpty(appointmentId) ? null : appointmentId;
        await replies.RecordAsync(new VisitReply(outreachId, appointment, answer, clock.GetUtcNow()), cancellationToken);
        VisitLog.Recorded(logger, outreachId, answer);
    }
}
