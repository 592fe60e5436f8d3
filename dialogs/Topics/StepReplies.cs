using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Topics;

/// <summary>What a topic conversation's steps say between questions.</summary>
public static class StepReplies
{
    /// <summary>Sends the UI string <paramref name="key"/> in the caregiver's language (its SMS wording on SMS).</summary>
    public static Task SayAsync(this WaterfallStepContext step, IStringLocalizer strings, string key, CancellationToken cancellationToken, params object[] arguments) =>
        step.Context.SendActivityAsync(Activity.Message(strings.For(step.Context, key, arguments)), cancellationToken);
}
