using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Handouts;

namespace PuenteBot.Safety;

/// <summary>
/// The published crisis protocol, written for families (California SB 243 asks for it on the website): what
/// PuenteBot watches for, what it does, which lines it gives, how the care team is alerted. Every word is a UI
/// string (<c>Safety.Page.*</c>), reviewed with the crisis wording, and encoded.
/// </summary>
internal static class SafetyPage
{
    public static string Build(IStringLocalizer<Strings> strings, string language)
    {
        string T(string key) => strings.For(language, key);
        var other = language == "es" ? "en" : "es";
        var main = string.Concat(
            $"<h1>{E(T("Safety.Page.Title"))}</h1>",
            $"<p>{E(T("Safety.Page.Intro"))}</p>",
            Section(T("Safety.Page.Watch.Title"), List(T("Safety.Page.Watch.Items")) + $"<p>{E(T("Safety.Page.Watch.Note"))}</p>"),
            Section(T("Safety.Page.Does.Title"), List(T("Safety.Page.Does.Items"))),
            Section(T("Safety.Page.Lines.Title"), List(T("Safety.Page.Lines.Items"))),
            Section(T("Safety.Page.Team.Title"), $"<p>{E(T("Safety.Page.Team.Text"))}</p>"),
            Section(T("Safety.Page.Private.Title"), $"<p>{E(T("Safety.Page.Private.Text"))}</p>"));
        var nav = HandoutLayout.Link("/?lang=" + language, T("Safety.Page.Back")) + " · " + HandoutLayout.Link("/safety/" + other, T("Safety.Page.OtherLanguage"), other);
        return HandoutLayout.Page(language, T("Safety.Page.Title"), nav, main, $"<p>{E(T("Safety.Page.Reviewed"))}</p>");
    }

    private static string Section(string title, string body) => $"<section><h2>{E(title)}</h2>{body}</section>";

    private static string List(string lines) =>
        "<ul>" + string.Concat(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => $"<li>{E(line)}</li>")) + "</ul>";

    private static string E(string text) => HandoutLayout.Encode(text);
}
