using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Tests.Recognizers.Learned;
using PuenteBot.Tests.Support;
using PuenteBot.Turns.Middleware;

namespace PuenteBot.Tests.Dialogs.Visits;

/// <summary>
/// The blind set of replies to reminders and missed-visit messages (writers b21a and b21b, 121 lines, scored once on
/// 2026-12-07 before any tuning: docs/conversations.md) retired into the tests: the visit word lists were tuned on it
/// afterwards, so it is no longer evidence, only a guard that what it taught is not lost. Every confirm, change and
/// barrier line is read as labelled, except the five named below (no obstacle the recognizers know, or stigma and
/// shame alone, which go to the main dialog); every whole-message opt-out opts out.
/// </summary>
public class RetiredReplySetTests
{
    /// <summary>Read otherwise today, on purpose or not yet: the reasons are in docs/conversations.md.</summary>
    private static readonly HashSet<string> KnownOtherwise = ["b21a-027", "b21a-028", "b21b-012", "b21b-013", "b21b-028"];

    private static readonly VisitReading Reading = new(new ChoiceRecognizer(new NumberRecognizer()), new BooleanRecognizer(), new IntentRecognizer(ShippedModel.Instance));

    private static readonly IReadOnlyList<Choice> Offered =
    [
        new(VisitReply.Confirmed, "I'll be there"),
        new(VisitReply.Change, "I need to change it"),
        new(VisitReply.Barrier, "Something is in the way"),
    ];

    public static TheoryData<string, string, string, string, string> Lines()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "PuenteBot.Tests", "Dialogs", "Visits", "Data", "reminder-replies.b21.jsonl")))
        {
            var row = JsonNode.Parse(line)!.AsObject();
            if ((string)row["answer"]! is not ("confirm" or "change" or "barrier" or "stop") || KnownOtherwise.Contains((string)row["id"]!))
            {
                continue; // questions, danger (the risk check's, measured in docs/recognizers.md) and "other" have no visit answer to check
            }

            data.Add((string)row["id"]!, (string)row["language"]!, (string)row["after"]!, (string)row["answer"]!, (string)row["text"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_reply_is_read_as_labelled(string id, string language, string after, string answer, string text)
    {
        if (answer == "stop")
        {
            Assert.True(OptOutKeywords.Match(text) == OptOutKeyword.OptOut || OptOutPhrases.LanguageOf(text) is not null, $"{id}: an opt-out in the family's words not heard as one");
            return;
        }

        var expected = answer switch
        {
            "confirm" => VisitReply.Confirmed,
            "change" => VisitReply.Change,
            _ => VisitReply.Barrier,
        };
        var read = after == "missed" ? Reading.Missed(text, language) : Reading.Reminder(text, Offered, language);
        Assert.True(expected == read, $"{id} ({language}, after {after}): read {read ?? "nothing"}, labelled {expected}");
    }
}
