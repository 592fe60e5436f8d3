using Microsoft.Extensions.Logging;

namespace PuenteBot.Dialogs.Visits;

/// <summary>What the visit conversations recorded: outreach ids, answers and family ids only, never the family's words.</summary>
internal static partial class VisitLog
{
    [LoggerMessage(EventId = 21050, Level = LogLevel.Information, Message = "Reply to outreach {OutreachId} recorded: {Answer}")]
    public static partial void Recorded(ILogger logger, long outreachId, string answer);

    [LoggerMessage(EventId = 21051, Level = LogLevel.Warning, Message = "Reply to outreach {OutreachId} ({Answer}) not recorded: this host has no outreach store")]
    public static partial void NotRecorded(ILogger logger, long outreachId, string answer);

    [LoggerMessage(EventId = 21052, Level = LogLevel.Information, Message = "Family {FamilyId} asked in chat for reminders {Setting}")]
    public static partial void ConsentChanged(ILogger logger, string familyId, string setting);

    [LoggerMessage(EventId = 21053, Level = LogLevel.Information, Message = "A caregiver not enrolled asked in chat for reminders {Setting}; told the clinic sets them up")]
    public static partial void ConsentNotEnrolled(ILogger logger, string setting);
}
