using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Disclosure;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// Says plainly that PuenteBot is an automated assistant, not a person (<see cref="AiDisclosure"/>): at first use
/// (the welcome says it, or the crisis reply when danger comes first), when a family is back after a week, every
/// three hours of continuing conversation, and whenever asked ("are you a bot?", "¿es usted una persona?") — then
/// the current question is asked again. Inside a crisis episode the crisis dialog answers the question itself. Not
/// while a clinician is in the chat: the family is talking with a person then.
/// </summary>
public sealed class DisclosureMiddleware(IStringLocalizer<Strings> strings, DialogRunner dialogs, TimeProvider clock) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        var now = clock.GetUtcNow();
        if (context.Activity.Type != ActivityTypes.Message || conversation.OptedOut)
        {
            await next();
            return;
        }

        var crisis = CrisisEpisode.IsOpen(conversation) || context.TurnState.ContainsKey(CrisisEpisode.StartKey);
        var asked = AssistantQuestion.Matches(context.Activity.Text);
        if (asked)
        {
            AiDisclosure.Disclosed(conversation, now);
            if (!crisis)
            {
                await SayAsync(context, "Disclosure.Asked", cancellationToken);
                await AskAgainAsync(context, cancellationToken);
                return;
            }
        }
        else if (AiDisclosure.IsDue(conversation, now))
        {
            AiDisclosure.Disclosed(conversation, now);
            if (crisis)
            {
                await SayAsync(context, "Crisis.Disclosure", cancellationToken);
            }
            else if (!WillBeWelcomed(conversation))
            {
                await SayAsync(context, "Disclosure.Notice", cancellationToken);
            }
        }

        await next();
    }

    /// <summary>A first conversation: the language question or the welcome that follows says what PuenteBot is.</summary>
    private static bool WillBeWelcomed(ConversationData conversation) =>
        !conversation.Consented && (conversation.DialogStack.Count == 0 || conversation.DialogStack[^1].Id == MainDialog.DialogId);

    private async Task AskAgainAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var dc = dialogs.CreateContext(context);
        if (dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(dialogs.RootDialogId, new MainDialogOptions { SkipGreeting = context.Conversation.Consented }, cancellationToken);
            return;
        }

        await dc.RepromptDialogAsync(cancellationToken);
    }

    private Task SayAsync(TurnContext context, string key, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Activity.Message(strings.For(context, key)), cancellationToken);
}
