using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Recognizers.Lexicon;

namespace PuenteBot.Tests.Recognizers.Lexicon;

/// <summary>Every entry of the shipped lexicon against its own examples: what must match does, what must not does not.</summary>
public sealed class LexiconEntryTests
{
    private static readonly LanguageRecognizer Languages = new();

    public static TheoryData<string> Ids => [.. LexiconSet.Shipped.Rules.Select(rule => rule.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Entry_reads_its_examples_and_not_its_counterexamples(string id)
    {
        var rule = LexiconSet.Shipped.Rules.Single(r => r.Id == id);
        Assert.True(rule.Examples.Count >= 2, $"{id} has {rule.Examples.Count} examples; at least 2");
        Assert.All(rule.Examples, example => Assert.True(LexiconExamples.Reads(rule, example), $"{id} does not read \"{example}\" ({Expected(rule)})"));
        Assert.All(rule.Not, example => Assert.False(LexiconExamples.Matches(rule, example), $"{id} matches \"{example}\", one of its not: examples"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Entry_has_examples_in_its_languages(string id)
    {
        var rule = LexiconSet.Shipped.Rules.Single(r => r.Id == id);
        var languages = rule.Examples.Select(example => Languages.Detect(example).Language ?? "unknown").ToList();
        var described = string.Join("; ", rule.Examples.Zip(languages, (example, language) => $"{language}: {example}"));
        if (rule.Language == "both")
        {
            Assert.True(languages.Contains("en") && languages.Contains("es"), $"{id} is for both languages but its examples are {described}");
        }
        else
        {
            Assert.True(languages.All(language => language == rule.Language), $"{id} is for {rule.Language} but its examples are {described}");
        }
    }

    [Fact]
    public void Every_kind_of_the_recognizer_has_cues_at_both_levels()
    {
        var cues = LexiconSet.Shipped.In(LexiconSet.Cues).ToList();
        foreach (var kind in new[] { "suicide", "self_harm", "harm_to_others", "abuse", "medical" })
        {
            Assert.Contains(cues, rule => rule.Kind == kind && rule.Level == RiskLevel.Urgent);
            Assert.Contains(cues, rule => rule.Kind == kind && rule.Level == RiskLevel.Possible);
        }
    }

    private static string Expected(LexiconRule rule) => rule.Section switch
    {
        LexiconSet.Cues => $"{rule.Kind} at {rule.Level} or higher",
        LexiconSet.Protected => $"covered by an idiom and read at least possible as {rule.Kind}",
        _ => "found",
    };
}
