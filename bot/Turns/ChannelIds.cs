namespace PuenteBot.Turns;

/// <summary>Channel ids the bot treats specially.</summary>
public static class ChannelIds
{
    /// <summary>SMS: Azure Bot Service's SMS channel and PuenteBot's own Twilio webhook both use this id.</summary>
    public const string Sms = "sms";

    /// <summary>The terminal chat of <c>dotnet run --project bot -- chat</c>.</summary>
    public const string Terminal = "terminal";

    public static bool IsSms(string? channelId) => string.Equals(channelId, Sms, StringComparison.OrdinalIgnoreCase);
}
