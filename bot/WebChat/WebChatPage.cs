using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.WebChat;

/// <summary>
/// <c>GET /</c>: the web chat page — Bot Framework Web Chat (served from wwwroot/lib, never a CDN) against the
/// embedded Direct Line, with an English / Español toggle. Its words come from the UI strings in both languages.
/// </summary>
public static class WebChatPage
{
    /// <summary>The page's own words (Web Chat translates its controls itself).</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["WebChat.Title", "WebChat.Intro", "WebChat.Emergency", "WebChat.LanguageLabel", "WebChat.Loading", "WebChat.LoadFailed", "WebChat.ChatLabel", "WebChat.SafetyLink"];

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly JsonSerializerOptions ScriptJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapGet("/", Render);
        return app;
    }

    private static IResult Render(HttpContext http, string? lang, IStringLocalizer<Strings> strings)
    {
        var language = Languages.FromLocale(lang) ?? FromAcceptLanguage(http.Request) ?? Languages.English;
        var words = new Dictionary<string, Dictionary<string, string>>
        {
            [Languages.English] = Keys.ToDictionary(k => k, k => strings.For(Languages.English, k)),
            [Languages.Spanish] = Keys.ToDictionary(k => k, k => strings.For(Languages.Spanish, k)),
        };
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            "connect-src 'self'; font-src 'self' data:; media-src 'self' blob:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(WebChatHtml.Build(language, words[language], JsonSerializer.Serialize(words, ScriptJson)), "text/html; charset=utf-8");
    }

    /// <summary>The first of en or es the browser asks for (Accept-Language, by quality).</summary>
    internal static string? FromAcceptLanguage(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Languages.FromLocale(l.Value.Value))
            .FirstOrDefault(l => l is not null);

    internal static string Encode(string text) => Html.Encode(text);
}
