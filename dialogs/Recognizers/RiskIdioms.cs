using PuenteBot.Dialogs.Recognizers.Lexicon;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Words of death or harm that carry no danger (<c>Recognizers/Lexicon/idioms.yaml</c>): figures of speech ("this
/// traffic is killing me", "me muero de risa", "my phone died", "ando muerta"), games, pets, a death long past, and
/// asking to read about a topic. They are blanked out before the risk cues are looked for; everything else in the
/// message still counts. <see cref="Protected"/> holds the words an idiom may not take away: where an idiom covers
/// words of overdose, self-harm, suicide or abuse, the message still reads possible.
/// </summary>
internal static class RiskIdioms
{
    public static readonly PhraseSet Phrases = LexiconSet.PhrasesOf(LexiconSet.Shipped.In(LexiconSet.Idioms));

    /// <summary>Protected phrases, one set per kind, in the order of <see cref="RiskCategories.All"/>; all read as possible.</summary>
    public static readonly RiskCue[] Protected =
    [
        .. from kind in RiskCategories.All
           let rules = LexiconSet.Shipped.In(LexiconSet.Protected).Where(rule => rule.Kind == kind).ToList()
           where rules.Count > 0
           select new RiskCue(kind, RiskLevel.Possible, LexiconSet.PhrasesOf(rules)),
    ];
}
