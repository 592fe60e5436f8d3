namespace PuenteBot.Protocol;

/// <summary>The activity <c>type</c> values of the Bot Framework schema that PuenteBot reads or writes.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string Trace = "trace";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
}

/// <summary>Wire values of <c>inputHint</c>.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

/// <summary>Wire values of <c>deliveryMode</c>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}

/// <summary>Wire values of <c>ChannelAccount.role</c>.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
