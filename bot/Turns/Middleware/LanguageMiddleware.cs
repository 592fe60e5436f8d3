using System.Globalization;
using System.Text.Json;
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
    /// <summary>Sent by the web chat page's language toggle, with "en" or "es" as its value.</summary>
    public const string LanguageEvent = "webchat/language";

    private const int WordsToOverride = 4;
    private const double ConfidenceToOverride = 0.8;

    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        var activity = context.Activity;
        if (Requested(activity) is { } asked)
        {
            if (conversation.Language is not null)
            {
                context.TurnState[TurnStateKeys.LanguageSwitched] = asked;
            }

            conversation.Language = asked;
            conversation.LanguageChosen = true;
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

    /// <summary>An explicit choice: "español" as a message, or the web chat's language toggle.</summary>
    private string? Requested(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => switches.Recognize(activity.Text),
        ActivityTypes.Event when activity.Name == LanguageEvent && activity.Value is { ValueKind: JsonValueKind.String } value =>
            Languages.FromLocale(value.GetString()),
        _ => null,
    };

    private string? Infer(Activity activity, string? current)
    {
        var detected = activity.Type == ActivityTypes.Message ? detector.Detect(activity.Text) : new LanguageResult(null, 0);
        if (current is null)
        {
            return detected.Language ?? Languages.FromLocale(activity.Locale) ?? Languages.FromLocale(JoinLanguage(activity));
        }

        var words = activity.Text?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        return detected.Language is { } language && language != current
            && words >= WordsToOverride && detected.Confidence >= ConfidenceToOverride
            ? language
            : current;
    }

    /// <summary>Web Chat's join event carries the page's locale as <c>value.language</c>.</summary>
    private static string? JoinLanguage(Activity activity) =>
        activity is { Type: ActivityTypes.Event, Value: { ValueKind: JsonValueKind.Object } value }
        && value.TryGetProperty("language", out var language) && language.ValueKind == JsonValueKind.String
            ? language.GetString()
            : null;
}
