using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Escalation;

namespace PuenteBot.Escalations.Summaries;

/// <summary>The summary as an Adaptive Card 1.4: the title, then per section a heading and a fact set or text blocks.</summary>
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
                ["text"] = summary.Title,
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
                ["text"] = section.Heading,
                ["weight"] = "Bolder",
                ["separator"] = true,
                ["spacing"] = "Medium",
                ["wrap"] = true,
            });
            body.Add(new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray([.. section.Lines.Select(Fact)]),
            });
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["lang"] = summary.Language,
            ["body"] = body,
        };
    }

    private static JsonObject Fact(SummaryLine line) => new()
    {
        ["title"] = line.Label ?? "•",
        ["value"] = SummaryText.Value(line),
    };
}
