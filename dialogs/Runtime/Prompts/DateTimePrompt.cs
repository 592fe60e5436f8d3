using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>
/// A day or time ("mañana después de las 5", "tuesday morning"), resolved against now in the clinic's time zone.
/// </summary>
public sealed class DateTimePrompt(
    string id,
    DateTimeRecognizer dates,
    TimeProvider clock,
    TimeZoneInfo timeZone,
    IStringLocalizer<Strings> strings,
    PromptValidator<IReadOnlyList<DateTimeMatch>>? validator = null) : Prompt<IReadOnlyList<DateTimeMatch>>(id, strings, validator)
{
    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeMatch>>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), timeZone).DateTime;
        var found = dates.Recognize(context.Activity.Text, context.Language, now);
        return Task.FromResult(found.Count > 0
            ? PromptRecognizerResult<IReadOnlyList<DateTimeMatch>>.Of(found)
            : PromptRecognizerResult<IReadOnlyList<DateTimeMatch>>.Failed);
    }
}
