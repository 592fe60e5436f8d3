using System.Globalization;
using System.Text.Json;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// Keeps the conversation's language: an explicit request ("español", "English") switches it; otherwise the
/// first message sets it, or the client's locale when the words don't tell; after that it stays, unless the
/// caregiver never chose it and writes a message clearly in the other language.
/// </summary>
public sealed class LanguageMiddleware(LanguageRecognizer recognizer) : ITurnMiddleware
{
    /// <summary>Sent by the web chat page's language toggle, with "en" or "es" as its value.</summary>
    public const string LanguageEvent = "webchat/language";

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
        ActivityTypes.Message => recognizer.Requested(activity.Text),
        ActivityTypes.Event when activity.Name == LanguageEvent && activity.Value is { ValueKind: JsonValueKind.String } value =>
            Languages.FromLocale(value.GetString()),
        _ => null,
    };

    /// <summary>
    /// The first message (or, when its words don't tell, the client's locale) sets the language; after that it
    /// stays unless a message is clearly in the other one (<see cref="LanguageRecognizer.Choose"/>).
    /// </summary>
    private string? Infer(Activity activity, string? current)
    {
        if (activity.Type != ActivityTypes.Message)
        {
            return current ?? Languages.FromLocale(activity.Locale) ?? Languages.FromLocale(JoinLanguage(activity));
        }

        return current is null
            ? recognizer.Detect(activity.Text).Language ?? Languages.FromLocale(activity.Locale)
            : recognizer.Choose(activity.Text, current);
    }

    /// <summary>Web Chat's join event carries the page's locale as <c>value.language</c>.</summary>
    private static string? JoinLanguage(Activity activity) =>
        activity is { Type: ActivityTypes.Event, Value: { ValueKind: JsonValueKind.Object } value }
        && value.TryGetProperty("language", out var language) && language.ValueKind == JsonValueKind.String
            ? language.GetString()
            : null;
}
