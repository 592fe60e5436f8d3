namespace PuenteBot.Visits.Outreach;

/// <summary>Outreach events: row and appointment ids, kinds, states, reasons and times only — never message text, names or numbers.</summary>
internal static partial class OutreachLog
{
    [LoggerMessage(EventId = 21020, Level = LogLevel.Information, Message = "Outreach {OutreachId} planned: {Kind} for appointment {AppointmentId}, due {DueAt:O}")]
    public static partial void Planned(ILogger logger, long outreachId, string kind, string? appointmentId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 21021, Level = LogLevel.Information, Message = "Outreach {OutreachId} moved with appointment {AppointmentId}: due {DueAt:O}")]
    public static partial void Moved(ILogger logger, long outreachId, string appointmentId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 21022, Level = LogLevel.Information, Message = "Outreach {OutreachId} ({Kind}) ended {State}: {Reason}")]
    public static partial void Ended(ILogger logger, long outreachId, string kind, string state, string reason);

    [LoggerMessage(EventId = 21023, Level = LogLevel.Information, Message = "Outreach {OutreachId} ({Kind}) deferred to {DueAt:O}: {Reason}")]
    public static partial void Deferred(ILogger logger, long outreachId, string kind, DateTimeOffset dueAt, string reason);

    [LoggerMessage(EventId = 21024, Level = LogLevel.Information, Message = "Outreach {OutreachId} ({Kind}) sent on conversation {ConversationId} ({Channel}, {Language}), {LateMs} ms after due")]
    public static partial void Sent(ILogger logger, long outreachId, string kind, string conversationId, string? channel, string? language, long lateMs);

    [LoggerMessage(EventId = 21025, Level = LogLevel.Warning, Message = "Outreach {OutreachId} ({Kind}) saved on conversation {ConversationId} but no channel took it")]
    public static partial void NotDelivered(ILogger logger, long outreachId, string kind, string conversationId);

    [LoggerMessage(EventId = 21026, Level = LogLevel.Error, Message = "Outreach worker failed to {Step}: {ExceptionType}")]
    public static partial void Failed(ILogger logger, string step, string exceptionType);

    [LoggerMessage(EventId = 21027, Level = LogLevel.Information, Message = "Follow-up {OutreachId} from case {EscalationId} queued for family {FamilyId}, due {DueAt:O}")]
    public static partial void FollowUpQueued(ILogger logger, long outreachId, string escalationId, string familyId, DateTimeOffset dueAt);
}
