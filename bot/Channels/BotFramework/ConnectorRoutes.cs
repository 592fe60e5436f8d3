namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// Connector REST paths relative to a service URL, which may have a path of its own
/// (<c>https://smba.trafficmanager.net/amer/</c>). Ids are escaped: Direct Line ids hold <c>|</c>, Teams ids <c>:</c> and <c>;</c>.
/// </summary>
public static class ConnectorRoutes
{
    /// <summary><c>v3/conversations/{conversationId}/activities[/{replyToId}]</c>: reply to an activity, or send to the conversation.</summary>
    public static Uri Activities(Uri serviceUrl, string conversationId, string? replyToId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        var baseUrl = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
        return new Uri(baseUrl, path);
    }
}
