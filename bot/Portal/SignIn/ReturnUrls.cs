namespace PuenteBot.Portal.SignIn;

/// <summary>Where to go after signing in: only a path inside the portal, never another site.</summary>
internal static class ReturnUrls
{
    public const string Home = "/portal";

    public static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 0 } url
        && url.StartsWith(Home, StringComparison.Ordinal)
        && !url.Contains("//", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal)
        && (url.Length == Home.Length || url[Home.Length] is '/' or '?')
            ? url
            : Home;
}
