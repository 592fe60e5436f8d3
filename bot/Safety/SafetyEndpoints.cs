using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Handouts;
using PuenteBot.WebChat;

namespace PuenteBot.Safety;

/// <summary><c>GET /safety/{lang}</c> (en, es) and <c>GET /safety</c>, which picks the language by Accept-Language.</summary>
public static class SafetyEndpoints
{
    public static IEndpointRouteBuilder MapSafety(this IEndpointRouteBuilder app)
    {
        app.MapGet("/safety", (HttpContext http, IStringLocalizer<Strings> strings) =>
            Page(http, strings, WebChatPage.FromAcceptLanguage(http.Request) ?? Languages.English));
        app.MapGet("/safety/{lang}", Get);
        return app;
    }

    private static Results<ContentHttpResult, NotFound> Get(string lang, HttpContext http, IStringLocalizer<Strings> strings) =>
        lang is Languages.English or Languages.Spanish ? Page(http, strings, lang) : TypedResults.NotFound();

    private static ContentHttpResult Page(HttpContext http, IStringLocalizer<Strings> strings, string language)
    {
        http.Response.Headers.ContentLanguage = language;
        http.Response.Headers.Vary = "Accept-Language";
        return TypedResults.Content(SafetyPage.Build(strings, language), HandoutLayout.ContentType);
    }
}
