using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// SMS opt-out: a message that is only STOP (or an equivalent) records the opt-out and confirms it once; START
/// (or an equivalent) undoes it. While opted out, the dialogs stay silent; the risk check still runs.
/// </summary>
public sealed class OptOutMiddleware(IStringLocalizer<Strings> strings) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.Type != ActivityTypes.Message || !ChannelIds.IsSms(activity.ChannelId))
        {
            await next();
            return;
        }

        switch (OptOutKeywords.Match(activity.Text))
        {
            case OptOutKeyword.OptOut:
                context.Conversation.OptedOut = true;
                context.Conversation.Language ??= OptOutKeywords.LanguageOf(activity.Text);
                await context.SendActivityAsync(Activity.Message(strings.For(context, "OptOut.Confirmed")), cancellationToken);
                return;
            case OptOutKeyword.OptIn when context.Conversation.OptedOut:
                context.Conversation.OptedOut = false;
                await context.SendActivityAsync(Activity.Message(strings.For(context, "OptOut.Resumed")), cancellationToken);
                return;
            default:
                await next();
                return;
        }
    }
}
