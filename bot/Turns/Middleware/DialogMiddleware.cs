using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// The last stage: the dialogs answer. Messages continue the dialog stack (after the interruptions); a
/// caregiver joining the conversation (conversationUpdate, Web Chat's join event) is welcomed at once. While
/// the caregiver has opted out of SMS, the dialogs stay silent, except the crisis conversation.
/// </summary>
public sealed class DialogMiddleware(DialogRunner runner, IStringLocalizer<Strings> strings) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        if (context.Conversation.OptedOut && !InCrisis(context))
        {
            return;
        }

        var activity = context.Activity;
        if (activity.Type == ActivityTypes.Message || context.TurnState.ContainsKey(TurnStateKeys.LanguageSwitched))
        {
            await runner.RunAsync(context, cancellationToken);
        }
        else if (IsJoin(activity) && context.Conversation.DialogStack.Count == 0)
        {
            await runner.StartAsync(context, cancellationToken);
        }

        await next();
    }

    /// <summary>A polite answer after a failure: nothing was lost, please say it again.</summary>
    public Task ApologizeAsync(TurnContext context, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Activity.Message(strings.For(context, "Error.Generic")), cancellationToken);

    /// <summary>Danger in this message, or the crisis conversation under way: it goes on even for an opted-out number.</summary>
    private static bool InCrisis(TurnContext context) =>
        context.TurnState.TryGetValue(TurnStateKeys.Risk, out var risk) && risk is RiskAssessment { Level: not RiskLevel.None }
        || context.Conversation.DialogStack.LastOrDefault()?.Id == CrisisDialog.DialogId;

    private static bool IsJoin(Activity activity) => activity.Type switch
    {
        ActivityTypes.ConversationUpdate => activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true,
        ActivityTypes.Event => activity.Name == "webchat/join",
        _ => false,
    };
}
