using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PuenteBot.Handouts;

/// <summary>The HTML shell every handout page shares: language, viewport, screen and print styles, landmarks.</summary>
internal static class HandoutLayout
{
    /// <summary>The pages' content type: HTML, always with its charset.</summary>
    public const string ContentType = "text/html; charset=utf-8";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    public static string Page(string language, string title, string nav, string main, string footer) => $"""
        <!DOCTYPE html>
        <html lang="{Encode(language)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)}</title>
        <style>{HandoutStyles.Screen}</style>
        <style media="print">{HandoutStyles.Print}</style>
        </head>
        <body>
        <nav>{nav}</nav>
        <main>
        {main}
        </main>
        <footer>{footer}</footer>
        </body>
        </html>
        """;

    public static string Link(string href, string text, string? language = null) => language is null
        ? $"""<a href="{Encode(href)}">{Encode(text)}</a>"""
        : $"""<a href="{Encode(href)}" hreflang="{Encode(language)}" lang="{Encode(language)}">{Encode(text)}</a>""";
}
