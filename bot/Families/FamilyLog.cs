namespace PuenteBot.Families;

/// <summary>Enrolment and linking events: ids, channels and languages only — never names, record numbers or phone numbers.</summary>
internal static partial class FamilyLog
{
    [LoggerMessage(EventId = 16501, Level = LogLevel.Information, Message = "Family {FamilyId} enrolled for {Channel} in {Language}; first SMS queued: {FirstSms}")]
    public static partial void Enrolled(ILogger logger, string familyId, string channel, string language, bool firstSms);

    [LoggerMessage(EventId = 16502, Level = LogLevel.Information, Message = "Conversation {ConversationId} linked to family {FamilyId} ({How})")]
    public static partial void Linked(ILogger logger, string conversationId, string familyId, string how);

    [LoggerMessage(EventId = 16503, Level = LogLevel.Warning, Message = "Conversation {ConversationId} brought an invitation that is not valid (expired: {Expired})")]
    public static partial void InviteRefused(ILogger logger, string conversationId, bool expired);

    [LoggerMessage(EventId = 16504, Level = LogLevel.Warning, Message = "The first SMS to family {FamilyId} was not sent: the number opted out or no SMS channel can reach it")]
    public static partial void FirstSmsNotSent(ILogger logger, string familyId);
}
