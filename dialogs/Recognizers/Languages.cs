namespace PuenteBot.Dialogs.Recognizers;

/// <summary>The languages PuenteBot speaks, as the two-letter codes used in state, labels and resources.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Spanish = "es";

    /// <summary>Maps a BCP-47 locale such as <c>es-MX</c> to a supported language, or null.</summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var primary = locale.Split('-', '_')[0].ToLowerInvariant();
        return primary is English or Spanish ? primary : null;
    }
}
