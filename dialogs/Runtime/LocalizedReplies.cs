using Microsoft.Extensions.Localization;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Runtime;

/// <summary>Sends one UI string as a message, in the turn's language (its SMS wording on SMS, where there is one).</summary>
public static class LocalizedReplies
{
    public static Task SayAsync(this ITurnContext context, IStringLocalizer strings, string key, CancellationToken cancellationToken, params object[] arguments) =>
        context.SendActivityAsync(Activity.Message(strings.For(context, key, arguments)), cancellationToken);
}
