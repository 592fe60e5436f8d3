using PuenteBot.Content.Handouts;
using static PuenteBot.Handouts.HandoutLayout;

namespace PuenteBot.Handouts;

/// <summary>The HTML of the handout page, the list of handouts in a language, and the polite "not found" page.</summary>
internal static class HandoutPages
{
    public static string Handout(Handout handout, HandoutText text)
    {
        var other = HandoutLanguages.Other(handout.Language);
        var nav = $"""
            {Link($"/handouts/{other}/{handout.Slug}", text[HandoutKeys.OtherLanguage], other)}
            {Link($"/handouts/{handout.Language}", text[HandoutKeys.AllHandouts])}
            <button type="button" onclick="window.print()">{Encode(text[HandoutKeys.Print])}</button>
            """;
        var main = $"""
            <h1>{Encode(handout.Title)}</h1>
            <p class="summary">{Encode(handout.Summary)}</p>
            {HandoutMarkdown.ToHtml(handout.Markdown)}
            """;
        return Page(handout.Language, handout.Title, nav, main, Footer(text, text[HandoutKeys.Reviewed, handout.Reviewed]));
    }

    public static string Index(IReadOnlyList<Handout> handouts, HandoutText text)
    {
        var other = HandoutLanguages.Other(text.Language);
        var items = string.Concat(handouts.Select(h =>
            $"<li>{Link(h.UrlPath, h.Title)}<br>{Encode(h.Summary)}</li>\n"));
        var main = $"""
            <h1>{Encode(text[HandoutKeys.IndexTitle])}</h1>
            <p>{Encode(text[HandoutKeys.IndexIntro])}</p>
            <ul>
            {items}</ul>
            """;
        var nav = Link($"/handouts/{other}", text[HandoutKeys.OtherLanguage], other);
        return Page(text.Language, text[HandoutKeys.IndexTitle], nav, main, Footer(text, null));
    }

    public static string NotFound(HandoutText text)
    {
        var main = $"""
            <h1>{Encode(text[HandoutKeys.NotFoundTitle])}</h1>
            <p>{Encode(text[HandoutKeys.NotFoundText])}</p>
            <p>{Link($"/handouts/{text.Language}", text[HandoutKeys.AllHandouts])}</p>
            """;
        var other = HandoutLanguages.Other(text.Language);
        var nav = Link($"/handouts/{other}", text[HandoutKeys.OtherLanguage], other);
        return Page(text.Language, text[HandoutKeys.NotFoundTitle], nav, main, Footer(text, null));
    }

    private static string Footer(HandoutText text, string? reviewed) => $"""
        <p class="emergency">{Encode(text[HandoutKeys.Emergency])}</p>
        <p>{Encode(text[HandoutKeys.CareTeam])}</p>
        {(reviewed is null ? string.Empty : $"<p>{Encode(reviewed)}</p>")}
        """;
}
