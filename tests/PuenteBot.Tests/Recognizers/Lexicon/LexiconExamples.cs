using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Recognizers.Lexicon;

namespace PuenteBot.Tests.Recognizers.Lexicon;

/// <summary>What it means for a lexicon entry to read an example, per section of the lexicon.</summary>
internal static class LexiconExamples
{
    private static readonly RiskRecognizer Recognizer = new();

    /// <summary>
    /// A cue: found once idioms are blanked, and its kind reads at its level or higher. Urgency: found once idioms
    /// are blanked. An idiom: found. A protected phrase: covered by an idiom, and the message reads at least possible
    /// with its kind.
    /// </summary>
    public static bool Reads(LexiconRule rule, string example)
    {
        var text = NormalizedText.Of(example);
        var blanked = RiskIdioms.Phrases.Blank(text);
        return rule.Section switch
        {
            LexiconSet.Cues => rule.Phrases.IsFoundIn(blanked) && LevelOf(rule.Kind!, blanked) >= rule.Level,
            LexiconSet.Urgency => rule.Phrases.IsFoundIn(blanked),
            LexiconSet.Idioms => rule.Phrases.IsFoundIn(text),
            _ => RiskRecognizer.TakenByIdioms(text, blanked).Any(hit => hit.Category == rule.Kind)
                && Recognizer.Assess(example) is { Level: >= RiskLevel.Possible } assessment && assessment.Category == rule.Kind,
        };
    }

    /// <summary>Whether the entry's own pattern is found in the example (idioms blanked first, except for idioms and protected phrases).</summary>
    public static bool Matches(LexiconRule rule, string example)
    {
        var text = NormalizedText.Of(example);
        return rule.Phrases.IsFoundIn(rule.Section is LexiconSet.Cues or LexiconSet.Urgency ? RiskIdioms.Phrases.Blank(text) : text);
    }

    /// <summary>The level one kind reads at: its highest cue, and urgent when possible with a sign of urgency.</summary>
    private static RiskLevel LevelOf(string kind, string blanked)
    {
        var level = RiskRecognizer.Hits(blanked).Where(hit => hit.Category == kind).Select(hit => hit.Level).DefaultIfEmpty().Max();
        return level == RiskLevel.Possible && RiskLexicon.Urgency.IsFoundIn(blanked) ? RiskLevel.Urgent : level;
    }
}
