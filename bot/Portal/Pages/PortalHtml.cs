using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PuenteBot.Portal.Pages;

/// <summary>Small pieces of the portal's HTML: every value encoded, every form with its anti-forgery token.</summary>
internal static class PortalHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? value) => Encoder.Encode(value ?? string.Empty);

    /// <summary>A POST form to <paramref name="action"/> with the token, <paramref name="fields"/> (HTML) and one button.</summary>
    public static string Form(PortalView view, string action, string button, string fields = "", string buttonClass = "") =>
        $"<form method=\"post\" action=\"{Encode(action)}\">{view.TokenField}{fields}" +
        $"<button type=\"submit\"{(buttonClass.Length > 0 ? $" class=\"{Encode(buttonClass)}\"" : string.Empty)}>{Encode(button)}</button></form>";

    public static string Notice(string? text, string kind = "notice") =>
        string.IsNullOrEmpty(text) ? string.Empty : $"<p class=\"{kind}\" role=\"status\">{Encode(text)}</p>";
}
