using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>Sends one UI string, in the conversation's language, from a waterfall step.</summary>
internal static class StepReplies
{
    public static Task SayAsync(this WaterfallStepContext step, IStringLocalizer strings, string key, CancellationToken cancellationToken, params object[] arguments) =>
        step.Context.SendActivityAsync(Activity.Message(strings.For(step.Context, key, arguments)), cancellationToken);
}
