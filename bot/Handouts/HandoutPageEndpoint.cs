using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;

namespace PuenteBot.Handouts;

/// <summary><c>GET /handouts/{lang}/{slug}</c>: one handout as a printable page, or a polite 404.</summary>
public static class HandoutPageEndpoint
{
    public static ContentHttpResult Get(string lang, string slug, HandoutLibrary library, IStringLocalizer<Strings> localizer)
    {
        var handout = library.Find(lang, slug);
        return handout is null
            ? HandoutIndexEndpoint.NotFound(lang, localizer)
            : TypedResults.Content(HandoutPages.Handout(handout, new HandoutText(localizer, lang)), HandoutLayout.ContentType);
    }
}
