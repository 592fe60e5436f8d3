using System.Globalization;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// Keeps the conversation's language: an explicit request ("español", "English") switches it; otherwise the
/// first message sets it, or the client's locale when the words don't tell; after that it stays, unless the
/// caregiver never chose it and clearly writes a long message in the other language.
/// </summary>
public sealed class LanguageMiddleware(LanguageRecognizer detector, LanguageSwitchRecognizer switches) : ITurnMiddleware
{
    private const int WordsToOverride = 4;
    private const double ConfidenceToOverride = 0.8;

    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        var activity = context.Activity;
        if (switches.Recognize(activity.Text) is { } asked)
        {
            conversation.Language = asked;
            conversation.LanguageChosen = true;
            context.TurnState[TurnStateKeys.LanguageSwitched] = asked;
        }
        else if (!conversation.LanguageChosen)
        {
            conversation.Language = Infer(activity, conversation.Language);
        }

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(context.Language);
        try
        {
            await next();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private string? Infer(Activity activity, string? current)
    {
        var detected = activity.Type == ActivityTypes.Message ? detector.Detect(activity.Text) : new LanguageResult(null, 0);
        if (current is null)
        {
            return detected.Language ?? Languages.FromLocale(activity.Locale);
        }

        var words = activity.Text?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        return detected.Language is { } language && language != current
            && words >= WordsToOverride && detected.Confidence >= ConfidenceToOverride
            ? language
            : current;
    }
}
