using PuenteBot.Content.Answers;
using PuenteBot.Content.Checking;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Content;

public class AnswerCheckTests
{
    private const string Questions = "questions: [who sees this?, is this private, who reads it, is it secret, do you share it]";

    private static AnswerFile Answer(string language, string id, string text = "What you write is kept safely.", string extra = "", string? questions = null) =>
        new(language, id, $"""
            ---
            id: {id}
            handout: first
            reviewer: Content team
            reviewed: 2026-12-04
            status: pending clinical review
            {questions ?? Questions}
            {extra}
            ---
            {text}
            """);

    private static IReadOnlyList<string> Check(params AnswerFile[] answers) =>
        ContentChecker.Check(new ContentSet(ContentFixture.Files(), ContentFixture.Strings()) { Answers = answers }).Problems;

    [Fact]
    public void Passes_an_answer_in_both_languages()
    {
        Assert.Empty(Check(Answer("en", "privacy"), Answer("es", "privacy", "Lo que escribe se guarda con cuidado.")));
        var parsed = AnswerParser.Parse(Answer("en", "privacy"));
        Assert.Equal(["who sees this?", "is this private", "who reads it", "is it secret", "do you share it"], parsed.Answer!.Questions);
        Assert.True(parsed.Answer.PendingClinicalReview);
        Assert.Equal("What you write is kept safely.", parsed.Answer.Text);
    }

    [Fact]
    public void Fails_on_a_missing_translation() =>
        Assert.Equal(["answers/es/privacy: missing (the en answer exists)"], Check(Answer("en", "privacy")));

    [Fact]
    public void Fails_on_a_text_longer_than_an_sms()
    {
        var problem = Assert.Single(Check(Answer("en", "privacy", new string('a', 301)), Answer("es", "privacy")));
        Assert.Equal("answers/en/privacy: 'text' has 301 characters; at most 300", problem);
    }

    [Fact]
    public void Fails_on_too_few_examples_a_missing_field_or_an_unknown_handout()
    {
        Assert.Equal(
            ["answers/en/privacy: front matter lists fewer than 5 example questions"],
            Check(Answer("en", "privacy", questions: "questions: [is this private]"), Answer("es", "privacy")));
        Assert.Contains("answers/en/privacy: front matter lacks 'reviewer'",
            Check(new AnswerFile("en", "privacy", Answer("en", "privacy").Text.Replace("reviewer: Content team", "")), Answer("es", "privacy")));
        Assert.Equal(
            ["answers/en/privacy: handout 'nowhere' is no en handout", "answers/privacy: clinic or handout differ between en and es"],
            Check(new AnswerFile("en", "privacy", Answer("en", "privacy").Text.Replace("handout: first", "handout: nowhere")), Answer("es", "privacy")));
    }

    [Fact]
    public void A_clinic_fact_needs_its_value_and_what_to_say_when_it_is_not_configured()
    {
        Assert.Equal(
            ["answers/en/phone: 'unknown' is empty", "answers/es/phone: 'unknown' is empty"],
            Check(Answer("en", "phone", "Call {0}.", "clinic: phone"), Answer("es", "phone", "Llame al {0}.", "clinic: phone")));
        Assert.Equal(
            ["answers/en/phone: the text of clinic fact 'phone' has no {0} for its value"],
            Check(Answer("en", "phone", "Call us.", "clinic: phone\nunknown: Ask the team."), Answer("es", "phone", "Llame al {0}.", "clinic: phone\nunknown: Pregunte.")));
        Assert.Equal(
            ["answers/en/fax: clinic 'fax' is not a clinic fact (phone, hours, address, videoVisits)"],
            Check(Answer("en", "fax", "Fax {0}.", "clinic: fax\nunknown: Ask."), Answer("es", "fax", "Fax {0}.", "clinic: phone\nunknown: Pregunte.")).Take(1));
    }

    [Fact]
    public void Fails_on_an_answer_harder_to_read_than_a_handout()
    {
        const string hard = "Comprehensive institutional confidentiality considerations necessitate organizational communication documentation.";
        Assert.Equal(
            ["answers/en/privacy: Flesch–Kincaid grade"],
            Check(Answer("en", "privacy", hard), Answer("es", "privacy")).Select(p => p[..p.IndexOf(" grade", StringComparison.Ordinal)] + " grade"));
    }

    [Fact]
    public void The_answers_built_into_the_bot_are_the_content_folder_s()
    {
        var folder = AnswerFiles.FromDirectory(Path.Combine(RepositoryPaths.Root, "content", "answers"));
        Assert.NotEmpty(folder);
        Assert.Equal(folder.Select(f => (f.Name, f.Text.ReplaceLineEndings())), AnswerFiles.Embedded().Select(f => (f.Name, f.Text.ReplaceLineEndings())));
    }

    [Fact]
    public void The_shipped_answers_load_in_both_languages_for_every_id()
    {
        var answers = AnswerSet.Embedded;
        var ids = answers.All.Select(a => a.Id).Distinct().ToList();
        Assert.True(ids.Count >= 13);
        Assert.All(ids, id => Assert.All(new[] { "en", "es" }, language => Assert.NotNull(answers.Find(language, id))));
        Assert.All(answers.All, a => Assert.InRange(a.Text.Length, 1, AnswerParser.MaxLength));
        Assert.Throws<InvalidDataException>(() => AnswerSet.FromFiles([Answer("en", "privacy", questions: "questions: []")]));
    }
}
