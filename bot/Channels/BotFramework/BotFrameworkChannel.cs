using Microsoft.Extensions.Options;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// What <c>/api/messages</c> does with a parsed activity: authenticate it when an app id is set, run the turn,
/// shape the replies for the channel, and deliver them through the connector (or hand them back for
/// <c>expectReplies</c>). One instance serves every request.
/// </summary>
public sealed class BotFrameworkChannel(
    TurnPipeline pipeline,
    BotFrameworkTokenValidator tokens,
    ConnectorClient connector,
    ServiceUrlAllowList allowList,
    IEnumerable<IReplyShaper> shapers,
    IOptions<BotAppCredentials> credentials,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotFrameworkChannel> logger)
{
    private static readonly HashSet<string> ChannelsWithoutReplyToUpdates = new(["directline", "webchat"], StringComparer.OrdinalIgnoreCase);

    private readonly IReplyShaper[] shapers = [.. shapers];

    public bool RequiresAuthentication { get; } = credentials.Value.IsAuthenticationEnabled;

    /// <summary>With no app id, whether callers on other machines are let in (<c>BotFramework:AllowAnonymous</c>).</summary>
    public bool AllowsRemoteAnonymous { get; } = !credentials.Value.IsAuthenticationEnabled && options.Value.AllowAnonymous;

    public ILogger Logger => logger;

    /// <summary>
    /// Why an unauthenticated caller is refused (403), or null when it may go on: with no app id only this machine's
    /// callers get in unless <c>BotFramework:AllowAnonymous</c> is on, and a caller from another machine may never
    /// point the bot's replies at a loopback service URL that is not on the allow-list.
    /// </summary>
    public string? RefuseUnauthenticated(bool localCaller, Activity? activity)
    {
        if (RequiresAuthentication || localCaller)
        {
            return null;
        }

        if (!AllowsRemoteAnonymous)
        {
            BotFrameworkLog.RemoteAnonymousRefused(logger);
            return "Without MicrosoftAppId this endpoint accepts calls from this machine only (set BotFramework:AllowAnonymous=true to open it).";
        }

        if (activity is not null && allowList.IsLoopbackOnly(activity.ServiceUrl))
        {
            BotFrameworkLog.LoopbackServiceUrlRefused(logger);
            return "The serviceUrl points at this machine, which a caller from another machine may not use.";
        }

        return null;
    }

    /// <summary>Checks the caller and stamps the trusted caller id; false means 401.</summary>
    public async Task<bool> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        activity.CallerId = null;
        if (!RequiresAuthentication)
        {
            return true;
        }

        var result = await tokens.ValidateAsync(authorization, activity, cancellationToken);
        activity.CallerId = result.CallerId;
        return result.Valid;
    }

    /// <summary>Runs the turn and returns its result with the replies shaped for the channel.</summary>
    public async Task<TurnResult> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var result = await pipeline.ProcessAsync(activity, cancellationToken);
        if (shapers.Length == 0 || result.Replies.Count == 0)
        {
            return result;
        }

        var replies = result.Replies;
        foreach (var shaper in shapers)
        {
            replies = shaper.Shape(activity, replies);
        }

        return result with { Replies = replies };
    }

    /// <summary>
    /// Sends the replies in order through the connector; a failure is logged and stops the rest. Not tied to the
    /// inbound request: the turn is saved, so its replies (a safety message among them) go out even when the
    /// channel stops waiting; retries and per-attempt timeouts bound the time.
    /// </summary>
    public async Task DeliverAsync(Activity inbound, IReadOnlyList<Activity> replies)
    {
        using var scope = BotFrameworkLog.Delivering(logger, inbound);
        var omitReplyTo = inbound.Type == ActivityTypes.ConversationUpdate && inbound.ChannelId is { } channel && ChannelsWithoutReplyToUpdates.Contains(channel);
        try
        {
            foreach (var reply in replies)
            {
                if (omitReplyTo)
                {
                    reply.ReplyToId = null;
                }

                if (await connector.SendAsync(reply, CancellationToken.None) is null)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException or Microsoft.Identity.Client.MsalException)
        {
            BotFrameworkLog.DeliveryFailed(logger, exception.GetType().Name);
        }
    }
}
