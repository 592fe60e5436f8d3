using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Topics;

/// <summary>What a topic conversation's steps say between questions.</summary>
public static class StepReplies
{
    /// <summary>
    /// Sends the UI string <paramref name="key"/> in the caregiver's language (its SMS wording on SMS); a line with
    /// other wordings (<see cref="LineVariants"/>) takes the next one, so it is not said the same way twice in a row.
    /// </summary>
    public static Task SayAsync(this WaterfallStepContext step, IStringLocalizer strings, string key, CancellationToken cancellationToken, params object[] arguments) =>
        step.Context.SendActivityAsync(Activity.Message(strings.For(step.Context, LineVariants.Next(step.Context.Conversation, strings, key), arguments)), cancellationToken);
}
