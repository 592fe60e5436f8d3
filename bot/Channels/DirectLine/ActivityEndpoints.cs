using Microsoft.Extensions.Options;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Channels.DirectLine;

/// <summary><c>POST …/activities</c> (send to the bot) and <c>GET …/activities?watermark=</c> (poll).</summary>
public static class ActivityEndpoints
{
    /// <summary>
    /// Stamps the client's activity, echoes it into the conversation (Web Chat waits for that echo), runs the
    /// turn, adds the bot's replies, and answers with the activity's id once the bot is done.
    /// </summary>
    public static async Task<IResult> PostAsync(
        string conversationId,
        HttpRequest request,
        DirectLineAuthorizer authorizer,
        DirectLineConversations conversations,
        TurnPipeline pipeline,
        IOptions<DirectLineOptions> options,
        TimeProvider clock)
    {
        var (grant, error) = await authorizer.ForConversationAsync(DirectLineAuthorizer.Bearer(request), conversationId);
        if (grant is null)
        {
            return error!;
        }

        if (!request.HasJsonContentType())
        {
            return DirectLineChannel.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be one activity with a type.");
        }

        var read = await InboundJson.ReadAsync(request, DirectLineJsonContext.Default.Activity, request.HttpContext.RequestAborted);
        if (read.TooLarge)
        {
            return DirectLineChannel.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");
        }

        var activity = read.Activity;
        if (activity?.Type is null)
        {
            return DirectLineChannel.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be one activity with a type.");
        }

        activity.From ??= new ChannelAccount { Id = grant.UserId };
        if (string.IsNullOrEmpty(activity.From.Id))
        {
            return DirectLineChannel.Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity needs from.id.");
        }

        activity.From.Role ??= RoleTypes.User;
        activity.ChannelId = DirectLineChannel.ChannelId;
        activity.ServiceUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/";
        activity.Recipient = new ChannelAccount { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };
        var conversation = conversations.GetOrAdd(conversationId);
        var stamped = conversation.Append(activity, clock.GetUtcNow());

        var result = await pipeline.ProcessAsync(stamped, request.HttpContext.RequestAborted);
        foreach (var reply in result.Replies)
        {
            conversations.Deliver(conversationId, reply);
        }

        return result.Rejection is { } rejection
            ? DirectLineChannel.Error(StatusCodes.Status400BadRequest, "BadArgument", rejection)
            : TypedResults.Json(new ResourceResponse(stamped.Id!), DirectLineJsonContext.Default.ResourceResponse);
    }

    /// <summary>The conversation's activities after the watermark (typing is only sent on the stream).</summary>
    public static async Task<IResult> GetAsync(string conversationId, string? watermark, HttpRequest request, DirectLineAuthorizer authorizer, DirectLineConversations conversations, TimeProvider clock)
    {
        var (grant, error) = await authorizer.ForConversationAsync(DirectLineAuthorizer.Bearer(request), conversationId);
        if (grant is null)
        {
            return error!;
        }

        var conversation = conversations.GetOrAdd(conversationId);
        conversation.Touch(clock.GetUtcNow());
        return TypedResults.Json(conversation.Since(Watermark.Parse(watermark), includeTyping: false), DirectLineJsonContext.Default.ActivitySet);
    }
}
