using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Privacy;

/// <summary>
/// A family's request to delete what they told PuenteBot, on every channel: the whole message asks
/// (<see cref="DataErasureWords"/>), the bot asks to confirm, and only a yes as the next message deletes — after the
/// turn is saved (<see cref="FinishAsync"/>), so nothing of the turn is written back. A no keeps everything; any other
/// message is heard as usual. Runs after the risk check: with words of danger in the message the crisis conversation
/// answers and nothing is deleted. A request during an open crisis episode never interrupts it: the crisis replies go
/// first, then one line says the bot will ask about it later (<c>Privacy.Delete.Later</c>), and the request waits in
/// the state (<see cref="PendingKey"/>) until the episode is over, when the bot asks to confirm. An opt-out survives
/// the deletion (a family who said STOP stays stopped).
/// </summary>
public sealed class DataErasureMiddleware(
    IStringLocalizer<Strings> strings,
    BooleanRecognizer booleans,
    FamilyDataEraser eraser,
    IConversationStore store,
    TimeProvider clock,
    ILogger<DataErasureMiddleware> logger) : ITurnMiddleware
{
    /// <summary>Set in <see cref="ConversationData.Values"/> while the bot waits for the family's yes or no.</summary>
    public const string AskedKey = "privacy.deleteAsked";

    /// <summary>Set in <see cref="ConversationData.Values"/> while a request made during a crisis episode waits for its end.</summary>
    public const string PendingKey = "privacy.deletePending";

    /// <summary>Set in the turn state when the family confirmed: the pipeline deletes after the save.</summary>
    public const string EraseKey = "privacy.erase";

    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            // A typing indicator, a reconnecting chat's conversationUpdate or an event is not the family's answer:
            // the question stays asked.
            await next();
            return;
        }

        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            context.Conversation.Values.Remove(AskedKey);
            await next();
            return;
        }

        if (InDanger(context))
        {
            await DuringCrisisAsync(context, next, cancellationToken);
            return;
        }

        if (context.Conversation.Values.Remove(AskedKey))
        {
            switch (booleans.Recognize(activity.Text))
            {
                case true:
                    context.TurnState[EraseKey] = true;
                    await SayAsync(context, "Privacy.Delete.Done", cancellationToken);
                    return;
                case false:
                    PrivacyLog.Kept(logger);
                    await SayAsync(context, "Privacy.Delete.Kept", cancellationToken);
                    return;
            }
        }

        if (DataErasureWords.LanguageOf(activity.Text) is { } language)
        {
            context.Conversation.Language ??= language;
            await AskAsync(context, cancellationToken);
            return;
        }

        await next();
        await AskIfPendingAsync(context, cancellationToken);
    }

    /// <summary>
    /// Words of danger, or an open crisis episode: the crisis conversation answers first, untouched. A request in this
    /// message is remembered and acknowledged after those replies; when the episode ended in this turn (the family
    /// chose to go back or to stop) the confirmation is asked right away instead.
    /// </summary>
    private async Task DuringCrisisAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        conversation.Values.Remove(AskedKey);
        if (DataErasureWords.LanguageOf(context.Activity.Text) is { } language)
        {
            conversation.Language ??= language;
            conversation.Values[PendingKey] = true;
        }

        await next();
        if (await AskIfPendingAsync(context, cancellationToken) || !conversation.Values.ContainsKey(PendingKey) || DataErasureWords.LanguageOf(context.Activity.Text) is null)
        {
            return;
        }

        PrivacyLog.Deferred(logger);
        await SayAsync(context, "Privacy.Delete.Later", cancellationToken);
    }

    /// <summary>Asks the waiting request's confirmation once the crisis episode is over (and no clinician is in the conversation); true when asked.</summary>
    private async Task<bool> AskIfPendingAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!context.Conversation.Values.ContainsKey(PendingKey) || InDanger(context) || context.Conversation.Handoff is not null)
        {
            return false;
        }

        await AskAsync(context, cancellationToken);
        return true;
    }

    private async Task AskAsync(TurnContext context, CancellationToken cancellationToken)
    {
        context.Conversation.Values.Remove(PendingKey);
        context.Conversation.Values[AskedKey] = true;
        PrivacyLog.Asked(logger);
        await SayAsync(context, "Privacy.Delete.Ask", cancellationToken);
    }

    /// <summary>
    /// Called by the pipeline once the turn is saved: deletes the conversation's data when the family confirmed,
    /// keeps an opt-out, and when the deletion fails says so instead of "deleted".
    /// </summary>
    public async Task FinishAsync(TurnContext context, string conversationId)
    {
        if (!context.TurnState.ContainsKey(EraseKey))
        {
            return;
        }

        try
        {
            await eraser.EraseAsync(conversationId, EscalationRedaction.ByFamily, CancellationToken.None);
            if (context.Conversation.OptedOut)
            {
                var kept = new ConversationData { OptedOut = true };
                await store.TrySaveAsync(new ConversationWrite(conversationId, context.Activity.ChannelId, 0, kept, [], [], clock.GetUtcNow()), CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            PrivacyLog.EraseFailed(logger, exception.GetType().Name);
            context.ReplaceReplies([Activity.Message(strings.For(context, "Privacy.Delete.Failed"))]);
        }
    }

    private static bool InDanger(TurnContext context) =>
        context.TurnState.TryGetValue(TurnStateKeys.Risk, out var risk) && risk is RiskAssessment { Level: not RiskLevel.None }
        || CrisisEpisode.IsOpen(context.Conversation);

    private Task SayAsync(TurnContext context, string key, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Activity.Message(strings.For(context, key)), cancellationToken);
}
