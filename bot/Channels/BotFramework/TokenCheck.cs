namespace PuenteBot.Channels.BotFramework;

/// <summary>The outcome of checking a call's token: valid or not, and the caller id to stamp on the activity.</summary>
public readonly record struct TokenCheck(bool Valid, string? CallerId)
{
    public static readonly TokenCheck Invalid = new(false, null);
}
