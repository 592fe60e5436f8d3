using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// The summary as an HTML fragment (no page, no styles) that email and the portal embed: every value is encoded,
/// and quoted words carry their language so screen readers pronounce them right; a quote's machine translation follows
/// it, marked, in the reader's language (the article's). The only link is the portal's.
/// </summary>
internal static class SummaryHtml
{
    /// <summary>Encodes markup characters but leaves letters such as ñ and á readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(EscalationSummary summary)
    {
        var html = new StringBuilder();
        html.Append($"<article class=\"escalation-summary urgency-{Encode(summary.Urgency)}\" lang=\"{Encode(summary.Language)}\">");
        html.Append($"<h2>{Encode(summary.Title)}</h2>");
        foreach (var section in summary.Sections)
        {
            html.Append($"<section class=\"summary-{Encode(section.Key)}\"><h3>{Encode(section.Heading)}</h3><ul>");
            foreach (var line in section.Lines)
            {
                html.Append("<li>");
                if (line.Label is not null)
                {
                    html.Append($"<strong>{Encode(line.Label)}:</strong> ");
                }

                html.Append(line.IsQuote
                    ? $"<q lang=\"{Encode(line.QuotedLanguage!)}\">{Encode(line.Text)}</q>"
                    : Encode(line.Text));
                if (line.Note is not null)
                {
                    html.Append($" — {Encode(line.Note)}");
                }

                if (line.Gist is { } gist)
                {
                    html.Append($"<br><span class=\"summary-gist\"><em>{Encode(summary.GistLabel ?? string.Empty)}:</em> {Encode(gist)}</span>");
                }

                html.Append("</li>");
            }

            html.Append("</ul></section>");
        }

        if (summary.Link is { } link)
        {
            html.Append($"<p class=\"summary-link\"><a href=\"{Encode(link)}\">{Encode(summary.LinkLabel ?? link)}</a></p>");
        }

        return html.Append("</article>").ToString();
    }

    public static string Encode(string value) => Encoder.Encode(value);
}
