using PuenteBot.Content.Checking;
using PuenteBot.Content.Handouts;

namespace PuenteBot.Tests.Content;

public class ContentCheckerTests
{
    [Fact]
    public void Passes_the_fixture_as_written()
    {
        var report = ContentChecker.Check(new ContentSet(ContentFixture.Files(), ContentFixture.Strings()));
        Assert.Empty(report.Problems);
        Assert.Equal(["first", "second"], report.Scores.Select(s => s.Slug));
    }

    [Fact]
    public void Fails_on_a_missing_translation()
    {
        var files = ContentFixture.Files().Where(f => f.Name != "es/second").ToList();
        Assert.Equal(
            ["es/second: missing (the en handout exists)", "es/first: link to 'second', which is no es handout"],
            ContentChecker.Check(new ContentSet(files, ContentFixture.Strings())).Problems);
    }

    [Fact]
    public void Fails_on_an_sms_text_of_three_segments()
    {
        var sms = "Hola, ¿cómo está? " + new string('a', 120);
        var problem = Assert.Single(ContentChecker.Check(ContentFixture.With(ContentFixture.Handout("es", "first", sms: sms))).Problems);
        Assert.Equal("es/first: SMS text takes 3 segments (UCS-2, 138 units); at most 2", problem);
    }

    [Fact]
    public void Fails_on_a_link_to_a_handout_that_does_not_exist()
    {
        var file = ContentFixture.Handout("en", "second", body: "Read [this](no-such-slug). Call [988](tel:988).");
        var problem = Assert.Single(ContentChecker.Check(ContentFixture.With(file)).Problems);
        Assert.Equal("en/second: link to 'no-such-slug', which is no en handout", problem);
    }

    [Fact]
    public void Fails_on_hard_english()
    {
        const string body = "Comprehensive psychotherapeutic interventions necessitate considerable organizational commitment from participating families.";
        var problem = Assert.Single(ContentChecker.Check(ContentFixture.With(ContentFixture.Handout("en", "second", body))).Problems);
        Assert.StartsWith("en/second: Flesch–Kincaid grade ", problem);
    }

    [Fact]
    public void Fails_on_hard_spanish()
    {
        const string body = "Las intervenciones psicoterapéuticas integrales requieren un considerable compromiso organizacional de las familias participantes.";
        var problem = Assert.Single(ContentChecker.Check(ContentFixture.With(ContentFixture.Handout("es", "second", body))).Problems);
        Assert.StartsWith("es/second: Fernández-Huerta ", problem);
    }

    [Theory]
    [InlineData("topics: []", "en/first: front matter lacks 'topics'")]
    [InlineData("topics: [therapy]\nreview: yes", "en/first: front matter is not valid")]
    public void Fails_on_incomplete_or_unknown_front_matter(string extra, string expected)
    {
        var problems = ContentChecker.Check(ContentFixture.With(ContentFixture.Handout("en", "first", extra: extra))).Problems;
        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Fails_on_a_missing_sms_and_a_long_summary()
    {
        var file = new HandoutFile("en", "first", ContentFixture.Handout("en", "first").Text
            .Replace("sms: \"A short text.\"\n", string.Empty, StringComparison.Ordinal)
            .Replace("A short summary.", new string('x', HandoutParser.MaxSummaryLength + 1), StringComparison.Ordinal));
        var problems = ContentChecker.Check(ContentFixture.With(file)).Problems;
        Assert.Equal(
            ["en/first: front matter lacks 'sms'", "en/first: summary has 201 characters; at most 200"],
            problems);
    }

    [Fact]
    public void Fails_on_an_unknown_concern_and_tags_that_differ_between_languages()
    {
        var file = ContentFixture.Handout("es", "first", extra: "topics: [therapy]\nserves: [homework]")
            .Text.Replace("serves: [engagement]\n", string.Empty, StringComparison.Ordinal);
        var problems = ContentChecker.Check(ContentFixture.With(new HandoutFile("es", "first", file))).Problems;
        Assert.Equal(["es/first: serves 'homework', which is not a known barrier kind or concern"], problems);

        var retagged = ContentFixture.Handout("es", "first", extra: "topics: [school]");
        Assert.Equal(["first: topics or serves differ between en and es"], ContentChecker.Check(ContentFixture.With(retagged)).Problems);
    }

    [Fact]
    public void Fails_on_a_string_missing_or_empty_in_one_language()
    {
        var strings = ContentFixture.Strings();
        strings["en"] = new Dictionary<string, string> { ["Handouts.Test"] = "Hello", ["Handouts.Only"] = "Only English" };
        strings["es"] = new Dictionary<string, string> { ["Handouts.Test"] = " " };
        var problems = ContentChecker.Check(new ContentSet(ContentFixture.Files(), strings)).Problems;
        Assert.Equal(["string 'Handouts.Only': missing in es", "string 'Handouts.Test': empty in es"], problems);
    }

    [Fact]
    public void Fails_on_a_file_outside_the_language_folders()
    {
        var files = ContentFixture.Files().Append(new HandoutFile("fr", "first", "x")).ToList();
        var problem = Assert.Single(ContentChecker.Check(new ContentSet(files, ContentFixture.Strings())).Problems);
        Assert.Equal("fr/first: not in a language folder (en, es)", problem);
    }
}
