using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Escalation;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// The summary as an Adaptive Card 1.4: the title, then per section a heading and one rich text block per line
/// (label, value, note as text runs, which Teams renders without Markdown: see <see cref="CardMarkdown"/>), a quote's
/// machine translation in a small, subtle text run beneath it, and an
/// "Open in the portal" action when the summary has a link.
/// </summary>
internal static class SummaryCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Render(EscalationSummary summary)
    {
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = CardMarkdown.Escape(summary.Title),
                ["size"] = "Large",
                ["weight"] = "Bolder",
                ["wrap"] = true,
                ["color"] = summary.Urgency == Urgency.Urgent ? "Attention" : "Default",
            },
        };
        foreach (var section in summary.Sections)
        {
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = CardMarkdown.Escape(section.Heading),
                ["weight"] = "Bolder",
                ["separator"] = true,
                ["spacing"] = "Medium",
                ["wrap"] = true,
                ["id"] = "section-" + section.Key,
            });
            foreach (var line in section.Lines)
            {
                body.Add(Line(line, summary.Language));
                if (SummaryText.Gist(line, summary) is { } gist)
                {
                    var run = Run(gist, bold: false);
                    run["isSubtle"] = true;
                    run["size"] = "Small";
                    body.Add(new JsonObject { ["type"] = "RichTextBlock", ["spacing"] = "None", ["inlines"] = new JsonArray { run } });
                }
            }
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["lang"] = summary.Language,
            ["body"] = body,
        };
        if (summary.Link is { } link)
        {
            card["actions"] = new JsonArray { new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = summary.LinkLabel ?? link, ["url"] = link } };
        }

        return card;
    }

    private static JsonObject Line(SummaryLine line, string readerLanguage)
    {
        var inlines = new JsonArray();
        if (line.Label is not null)
        {
            inlines.Add(Run(line.Label + ": ", bold: true));
        }

        var value = Run(SummaryText.Value(line with { Note = null }, readerLanguage), bold: false);
        value["italic"] = line.IsQuote;
        inlines.Add(value);
        if (line.Note is not null)
        {
            inlines.Add(Run(" — " + line.Note, bold: false));
        }

        return new JsonObject { ["type"] = "RichTextBlock", ["spacing"] = "None", ["inlines"] = inlines };
    }

    private static JsonObject Run(string text, bool bold) => new()
    {
        ["type"] = "TextRun",
        ["text"] = CardMarkdown.Plain(text),
        ["weight"] = bold ? "Bolder" : "Default",
    };
}
