using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;

namespace PuenteBot.Dialogs.StigmaShame;

/// <summary>
/// A rating written as digits or words ("7", "siete", "like a 6"). "Un 7" and "como un 3" are the seven and the
/// three: an article ("un", "una", "a") read as one does not count when another number follows it.
/// </summary>
public sealed class RatingPrompt(string id, NumberRecognizer numbers, IStringLocalizer<Strings> strings, PromptValidator<double>? validator = null)
    : Prompt<double>(id, strings, validator)
{
    private static readonly HashSet<string> Articles = new(["un", "una", "a", "an"], StringComparer.OrdinalIgnoreCase);

    protected override Task<PromptRecognizerResult<double>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = numbers.Recognize(context.Activity.Text, context.Language);
        var rating = found.SkipWhile((match, i) => i < found.Count - 1 && Articles.Contains(match.Text.Trim())).FirstOrDefault();
        return Task.FromResult(rating is null
            ? PromptRecognizerResult<double>.Failed
            : PromptRecognizerResult<double>.Of(rating.Value));
    }
}
