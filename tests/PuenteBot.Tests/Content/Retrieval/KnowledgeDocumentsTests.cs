using PuenteBot.Content.Answers;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Retrieval;

namespace PuenteBot.Tests.Content.Retrieval;

public class KnowledgeDocumentsTests
{
    private const string Body = """
        Getting there can be **hard**. See [video visits](using-video-visits).

        ## Free rides

        Medicaid may cover rides.

        - **Ask the clinic.** Some have bus passes.
        - Ask family.

        ### Booking

        Book a few days ahead.

        ## If you are late

        Call the clinic.
        """;

    private static readonly Handout Rides = new(
        "en", "rides", "Getting there", "Options when travel is hard.", "Hard to get there?", ["transport"], ["transport"],
        new DateOnly(2026, 11, 23), Body);

    private static readonly Answer NoRide = new(
        "en", "no-ride", ["what if we have no ride"], "rides", "content team", new DateOnly(2026, 12, 4), false, null,
        "Call the clinic early.", null);

    private static readonly Answer Orphan = NoRide with { Id = "orphan", Handout = "missing" };

    [Fact]
    public void Splits_a_handout_at_its_sections_in_plain_text()
    {
        var passages = KnowledgeIndex.Documents(new HandoutLibrary([Rides]), []).ToList();

        Assert.Equal(["Getting there", "Getting there: Free rides", "Getting there: If you are late"], passages.Select(p => p.Title));
        Assert.Equal("Options when travel is hard.\nGetting there can be hard. See video visits.", passages[0].Text);
        Assert.Equal("Medicaid may cover rides.\nAsk the clinic. Some have bus passes.\nAsk family.\nBooking\nBook a few days ahead.", passages[1].Text);
        Assert.Equal("Call the clinic.", passages[2].Text);
        Assert.All(passages, p => Assert.Equal(
            (KnowledgeDocument.HandoutSource, "rides", "en", "rides", "/handouts/en/rides"),
            (p.Source, p.Id, p.Language, p.Handout, p.Link)));
    }

    [Fact]
    public void An_answer_is_one_passage_with_its_text_as_given_citing_its_handout_and_found_by_its_examples()
    {
        var answers = KnowledgeIndex.Documents(new HandoutLibrary([Rides]), [(NoRide, "Call 555-0100 early."), (Orphan, "Ask.")])
            .Where(d => d.Source == KnowledgeDocument.AnswerSource).ToList();

        Assert.Equal(
            [
                new KnowledgeDocument("answer", "no-ride", "en", "Getting there", "Call 555-0100 early.", "rides", "/handouts/en/rides") { Questions = NoRide.Questions },
                new KnowledgeDocument("answer", "orphan", "en", "orphan", "Ask.", "missing", null) { Questions = NoRide.Questions },
            ],
            answers);
    }

    [Fact]
    public void Every_shipped_handout_section_is_a_passage_in_both_languages()
    {
        var documents = KnowledgeIndex.Documents(HandoutLibrary.Embedded, []).ToList();
        foreach (var language in HandoutLanguages.All)
        {
            foreach (var handout in HandoutLibrary.Embedded.All(language))
            {
                var sections = handout.Markdown.Split('\n').Count(line => line.StartsWith("## ", StringComparison.Ordinal));
                Assert.Equal(sections + 1, documents.Count(d => d.Language == language && d.Id == handout.Slug));
            }
        }

        Assert.DoesNotContain(documents, d => d.Text.Contains("**", StringComparison.Ordinal) || d.Text.Contains("](", StringComparison.Ordinal));
        Assert.All(documents, d => Assert.Empty(d.Questions));
    }
}
