using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;

namespace PuenteBot.Handouts;

/// <summary><c>GET /handouts/{lang}</c>: the list of handouts in a language.</summary>
public static class HandoutIndexEndpoint
{
    public static ContentHttpResult Get(string lang, HandoutLibrary library, IStringLocalizer<Strings> localizer) =>
        HandoutLanguages.IsSupported(lang)
            ? TypedResults.Content(HandoutPages.Index(library.All(lang), new HandoutText(localizer, lang)), HandoutLayout.ContentType)
            : NotFound(lang, localizer);

    /// <summary>A 404 page in the asked language, or in English when the language is not one we have.</summary>
    internal static ContentHttpResult NotFound(string lang, IStringLocalizer<Strings> localizer)
    {
        var language = HandoutLanguages.IsSupported(lang) ? lang : HandoutLanguages.English;
        return TypedResults.Content(
            HandoutPages.NotFound(new HandoutText(localizer, language)), HandoutLayout.ContentType, statusCode: StatusCodes.Status404NotFound);
    }
}
