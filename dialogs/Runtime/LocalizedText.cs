using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PuenteBot.Dialogs.Runtime;

/// <summary>Reads UI strings in the conversation's language, whatever the thread's culture is.</summary>
public static class LocalizedText
{
    /// <summary>The string <paramref name="key"/> in the turn's language, formatted with <paramref name="arguments"/>.</summary>
    public static string For(this IStringLocalizer localizer, ITurnContext context, string key, params object[] arguments) =>
        localizer.For(context.Language, key, arguments);

    /// <summary>The string <paramref name="key"/> in <paramref name="language"/> (en or es).</summary>
    public static string For(this IStringLocalizer localizer, string language, string key, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var text = localizer[key, arguments];
            if (text.ResourceNotFound)
            {
                throw new InvalidOperationException($"UI string '{key}' is missing.");
            }

            return text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
