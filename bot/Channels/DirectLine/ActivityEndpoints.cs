using System.Data.Common;
using Microsoft.Extensions.Options;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine;

/// <summary><c>POST …/activities</c> (send to the bot) and <c>GET …/activities?watermark=</c> (poll).</summary>
public static class ActivityEndpoints
{
    /// <summary>
    /// Stamps the client's activity and runs it through the bot (<see cref="DirectLineTurns"/>); answers with the
    /// activity's id once the bot's replies are in the conversation (or, when the database did not take them, kept on
    /// this instance for its clients: <see cref="DirectLineUnstored"/>).
    /// </summary>
    public static async Task<IResult> PostAsync(string conversationId, HttpRequest request, DirectLineAuthorizer authorizer, DirectLineTurns turns, DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var (grant, error) = await authorizer.ForConversationAsync(DirectLineAuthorizer.Bearer(request), conversationId, cancellationToken);
        if (grant is null)
        {
            return error!;
        }

        if (!request.HasJsonContentType())
        {
            return DirectLineChannel.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be one activity with a type.");
        }

        var read = await InboundJson.ReadAsync(request, DirectLineJsonContext.Default.Activity, cancellationToken);
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

        conversations.Seen(grant.Conversation);
        var posted = await turns.RunAsync(conversationId, activity, cancellationToken);
        return posted switch
        {
            { Id: null } => Gone(),
            { Rejection: { } rejection } => DirectLineChannel.Error(StatusCodes.Status400BadRequest, "BadArgument", rejection),
            { Stored: false } => DirectLineChannel.Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", "The conversation could not be saved; send the activity again."),
            _ => TypedResults.Json(new ResourceResponse(posted.Id), DirectLineJsonContext.Default.ResourceResponse),
        };
    }

    /// <summary>The conversation's activities after the watermark (typing is only sent on the stream).</summary>
    public static async Task<IResult> GetAsync(string conversationId, string? watermark, HttpRequest request, DirectLineAuthorizer authorizer, DirectLineConversations conversations)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var (grant, error) = await authorizer.ForConversationAsync(DirectLineAuthorizer.Bearer(request), conversationId, cancellationToken);
        if (grant is null)
        {
            return error!;
        }

        conversations.Seen(grant.Conversation);
        try
        {
            await conversations.TouchAsync(grant.Conversation, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException)
        {
            // Only keeps the conversation from the idle clean-up; the read below answers (or fails) on its own.
        }

        return await conversations.SinceAsync(conversationId, Watermark.Parse(watermark), includeTyping: false, cancellationToken) is { } set
            ? TypedResults.Json(set, DirectLineJsonContext.Default.ActivitySet)
            : Gone();
    }

    /// <summary>The conversation was deleted (idle too long) after its token was checked.</summary>
    private static IResult Gone() => DirectLineChannel.Error(StatusCodes.Status404NotFound, "BadArgument", "The conversation has ended.");
}
