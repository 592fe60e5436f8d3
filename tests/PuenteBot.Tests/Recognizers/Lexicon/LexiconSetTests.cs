using PuenteBot.Dialogs.Recognizers.Lexicon;

namespace PuenteBot.Tests.Recognizers.Lexicon;

/// <summary>A malformed lexicon fails loudly when it is read, naming the entry and the file.</summary>
public sealed class LexiconSetTests
{
    private const string Words = """
        words:
          self:
            means: oneself
            words: [himself, herself]
        """;

    [Fact]
    public void Reads_the_shipped_lexicon()
    {
        var rules = LexiconSet.Shipped.Rules;
        Assert.Contains(rules, rule => rule.Section == LexiconSet.Cues);
        Assert.Contains(rules, rule => rule.Section == LexiconSet.Urgency);
        Assert.Contains(rules, rule => rule.Section == LexiconSet.Idioms);
        Assert.Contains(rules, rule => rule.Section == LexiconSet.Protected);
    }

    [Fact]
    public void Reads_a_well_formed_entry()
    {
        var set = Read(Cue("level: urgent", "kind: suicide", "pattern: '(kill|hang) {self}'"));
        var rule = Assert.Single(set.Rules);
        Assert.True(rule.Phrases.IsFoundIn(" he tried to hang himself . "));
        Assert.False(rule.Phrases.IsFoundIn(" he tried to hang the picture . "));
    }

    [Theory]
    [InlineData("level: urgnt", "kind: suicide", "pattern: kill {self}", "unknown level 'urgnt'")]
    [InlineData("level: urgent", "kind: suicidal", "pattern: kill {self}", "unknown kind 'suicidal'")]
    [InlineData("level: urgent", "kind: suicide", "pattern: kill {selves}", "unknown word class {selves}")]
    [InlineData("level: urgent", "kind: suicide", "pattern: (kill|hang {self}", "'(' is not closed")]
    [InlineData("level: urgent", "kind: suicide", "pattern: mató {self}", "'ó' is not allowed")]
    [InlineData("level: urgent", "kind: suicide", "pattern: Kill {self}", "'K' is not allowed")]
    [InlineData("level: urgent", "kind: suicide", "pattern: kill ...20 {self}", "a gap is")]
    [InlineData("level: urgent", "kind: suicide", "pattern: '[kill]'", "a word that is not optional")]
    [InlineData("level: possible", "kind: suicide", "pattern: ''", "has no pattern")]
    public void Names_the_entry_and_the_problem(string level, string kind, string pattern, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(Cue(level, kind, pattern)));
        Assert.Contains("'suicide.test' in test.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_an_unknown_key()
    {
        var yaml = Cue("level: urgent", "kind: suicide", "pattern: kill {self}").Replace("examples:", "exampels:", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidDataException>(() => Read(yaml));
        Assert.Contains("test.yaml is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_without_a_review_date()
    {
        var yaml = Cue("level: urgent", "kind: suicide", "pattern: kill {self}").Replace("2026-12-03", "soon", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidDataException>(() => Read(yaml));
        Assert.Contains("reviewed date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_a_level_outside_the_cues()
    {
        const string yaml = """
            idioms:
              - id: idiom.test
                level: urgent
                language: en
                pattern: dead tired
                reviewer: pending clinical review
                reviewed: 2026-12-03
            """;
        var error = Assert.Throws<InvalidDataException>(() => Read(yaml));
        Assert.Contains("'idiom.test'", error.Message, StringComparison.Ordinal);
        Assert.Contains("a level belongs to cues only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_an_id_used_twice()
    {
        var cue = Cue("level: urgent", "kind: suicide", "pattern: kill {self}");
        var error = Assert.Throws<InvalidDataException>(() => LexiconSet.Read([new("words.yaml", Words), new("a.yaml", cue), new("b.yaml", cue)]));
        Assert.Contains("the id is used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_a_word_class_that_names_itself()
    {
        const string words = """
            words:
              self:
                means: oneself
                words: [himself, '{self}']
            """;
        var error = Assert.Throws<InvalidDataException>(() => LexiconSet.Read([new("words.yaml", words), new("test.yaml", Cue("level: urgent", "kind: suicide", "pattern: kill {self}"))]));
        Assert.Contains("names itself", error.Message, StringComparison.Ordinal);
    }

    private static LexiconSet Read(string yaml) => LexiconSet.Read([new("words.yaml", Words), new("test.yaml", yaml)]);

    private static string Cue(string level, string kind, string pattern) => $"""
        cues:
          - id: suicide.test
            {kind}
            {level}
            language: en
            {pattern}
            examples: [he tried to hang himself, she said she would kill herself]
            reviewer: pending clinical review
            reviewed: 2026-12-03
        """;
}
