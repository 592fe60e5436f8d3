using System.Net.Http.Headers;
using System.Net.Http.Json;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// Sends activities to a channel's connector (<c>POST {serviceUrl}v3/conversations/{id}/activities[/{replyToId}]</c>)
/// with the bot's token, through an HTTP client that retries 429, 408 and 5xx with backoff. Only service URLs on
/// the allow-list are called; any other is refused without a call and logged by host.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, ServiceUrlAllowList allowList, ILogger<ConnectorClient> logger)
{
    /// <summary>
    /// Sends an addressed activity (a reply from the turn): to its <c>serviceUrl</c> and conversation, as a reply
    /// to <c>replyToId</c> when it has one. Returns the channel's id for it, or null when the service URL was refused.
    /// Throws <see cref="HttpRequestException"/> when the connector still fails after the retries.
    /// </summary>
    public async Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("The activity has no conversation.id.", nameof(activity));
        }

        if (allowList.Check(activity.ServiceUrl) is not { } serviceUrl)
        {
            BotFrameworkLog.ServiceUrlRefused(logger, HostOf(activity.ServiceUrl));
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, ConnectorRoutes.Activities(serviceUrl, conversationId, activity.ReplyToId))
        {
            Content = JsonContent.Create(activity, ProtocolJsonContext.Default.Activity),
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            BotFrameworkLog.ConnectorFailed(logger, (int)response.StatusCode, serviceUrl.Host);
            throw new HttpRequestException($"The connector answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return response.Content.Headers.ContentLength == 0
            ? new ResourceResponse()
            : await ReadIdAsync(response, cancellationToken);
    }

    /// <summary>
    /// Continues a conversation later (proactive message): the activity goes to the stored reference's
    /// conversation, from the bot to the user, not as a reply to anything.
    /// </summary>
    public Task<ResourceResponse?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        activity.Locale ??= reference.Locale;
        activity.ReplyToId = null;
        return SendAsync(activity, cancellationToken);
    }

    private static async Task<ResourceResponse> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(ConnectorJsonContext.Default.ResourceResponse, cancellationToken) ?? new ResourceResponse();
        }
        catch (System.Text.Json.JsonException)
        {
            return new ResourceResponse();
        }
    }

    private static string HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "(invalid)";
}
