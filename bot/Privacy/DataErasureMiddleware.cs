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
/// answers and nothing is deleted. An opt-out survives the deletion (a family who said STOP stays stopped).
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

    /// <summary>Set in the turn state when the family confirmed: the pipeline deletes after the save.</summary>
    public const string EraseKey = "privacy.erase";

    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text) || InDanger(context))
        {
            context.Conversation.Values.Remove(AskedKey);
            await next();
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
            context.Conversation.Values[AskedKey] = true;
            PrivacyLog.Asked(logger);
            await SayAsync(context, "Privacy.Delete.Ask", cancellationToken);
            return;
        }

        await next();
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
