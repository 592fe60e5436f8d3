using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Recognizers.Learned;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Recognizers.Learned;

/// <summary>The training corpus holds what issue 13 asks of it, in the labels of CONVERSATION.md.</summary>
public sealed class CorpusTests
{
    private static readonly string[] IntentLabels =
    [
        Intents.Greeting, Intents.Barrier, Intents.StigmaShame, Intents.Setback, Intents.HandoutRequest, Intents.TalkToClinician,
        Intents.Crisis, Intents.LanguageSwitch, Intents.Help, Intents.Stop, Intents.ThanksGoodbye, Intents.Other,
    ];

    /// <summary>Words of death, harm, weapons or medicine: a message that has them and is not in danger is a hard negative.</summary>
    private static readonly Regex DangerWords = new(
        @"\b(?:die|died|dying|dead|death|kill\w*|murder\w*|cut\w*|shoot\w*|shot|gun|knife|pills?|overdos\w*|hurt\w*|blood|hang\w*|suicid\w*|jump\w*|run\w* away|missing|lost|hit\w*|beat\w*|drown\w*|poison\w*|mor\w*|muer\w*|mat\w*|cort\w*|pastillas?|sangre|pega\w*|golpe\w*|arma|pistola|cuchillo|navaja|sobredosis|veneno|ahorc\w*|escap\w*|perdi\w*|desaparec\w*|lastim\w*|dano|tiro|balazo|medicin\w*|meds)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly IReadOnlyList<CorpusRecord> Records = Corpus.LoadFolder(RepositoryPaths.Corpus);

    [Fact]
    public void Holds_five_thousand_messages_about_half_in_Spanish_from_twelve_writers()
    {
        Assert.True(Records.Count >= 5000, $"{Records.Count} messages after near-duplicates are removed");
        var spanish = Records.Count(r => r.Language == Languages.Spanish) / (double)Records.Count;
        Assert.InRange(spanish, 0.40, 0.60);
        var writers = Records.Select(r => r.Writer).Where(w => w is not null && Regex.IsMatch(w, "^w[0-9]+$")).Distinct().Count();
        Assert.True(writers >= 12, $"{writers} independent writers");
    }

    [Fact]
    public void Holds_danger_of_every_kind_and_level_and_hard_negatives()
    {
        var danger = Records.Where(r => r.InDanger).ToList();
        Assert.True(danger.Count >= 1500, $"{danger.Count} in danger");
        foreach (var kind in RiskCategories.All)
        {
            foreach (var level in new[] { "possible", "urgent" })
            {
                var count = danger.Count(r => r.RiskKind == kind && r.Risk == level);
                Assert.True(count >= 40, $"{kind} {level}: {count}");
            }
        }

        var hardNegatives = Records.Count(r => !r.InDanger && DangerWords.IsMatch(TextNormalizer.Fold(r.Text)));
        TestContext.Current.TestOutputHelper!.WriteLine($"{danger.Count} in danger, {hardNegatives} hard negatives");
        Assert.True(hardNegatives >= 1000, $"{hardNegatives} messages not in danger with words of death, harm or medicine");
    }

    [Fact]
    public void Covers_every_intent_and_barrier()
    {
        foreach (var intent in IntentLabels)
        {
            var count = Records.Count(r => r.Intent == intent);
            Assert.True(count >= 60, $"{intent}: {count}");
        }

        foreach (var barrier in Barriers.All)
        {
            var count = Records.Count(r => r.Barriers.Contains(barrier));
            Assert.True(count >= 60, $"{barrier}: {count}");
        }
    }

    [Fact]
    public void Every_record_is_labelled_in_the_labels_of_the_conversation_guide()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Records)
        {
            Assert.True(ids.Add(r.Id), $"{r.Id} twice");
            Assert.Contains(r.Language, new[] { Languages.English, Languages.Spanish });
            Assert.Contains(r.Intent, IntentLabels);
            Assert.Contains(r.Risk, new[] { "none", "possible", "urgent" });
            Assert.All(r.Barriers, b => Assert.Contains(b, Barriers.All));
            if (r.RiskKind is not null)
            {
                Assert.Contains(r.RiskKind, RiskCategories.All);
                Assert.True(r.InDanger, $"{r.Id} has a kind but no danger");
            }

            if (r.Writer is { } writer && writer.StartsWith('w'))
            {
                Assert.True(r.InDanger == (r.Intent == Intents.Crisis), $"{r.Id}: crisis intent and danger disagree");
                Assert.True(r.InDanger == (r.RiskKind is not null), $"{r.Id}: kind and danger disagree");
            }
        }
    }
}
