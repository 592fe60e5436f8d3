namespace PuenteBot.Content.Handouts;

/// <summary>The languages every handout exists in.</summary>
public static class HandoutLanguages
{
    public const string English = "en";
    public const string Spanish = "es";

    public static IReadOnlyList<string> All { get; } = [English, Spanish];

    public static bool IsSupported(string language) => All.Contains(language, StringComparer.Ordinal);

    /// <summary>The other language of the pair: "es" for "en" and "en" for "es".</summary>
    public static string Other(string language) => language == Spanish ? English : Spanish;
}
