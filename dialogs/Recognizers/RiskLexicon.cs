using PuenteBot.Dialogs.Recognizers.Lexicon;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// The words of danger, over <see cref="NormalizedText"/>, read from the reviewed lexicon files
/// (<c>Recognizers/Lexicon/risk.*.yaml</c>, <c>urgency.yaml</c>): one phrase set per kind and level, in the order of
/// <see cref="RiskCategories.All"/>, urgent before possible. Explicit intent, acts and emergencies are urgent; wishes,
/// hints, warning signs and hedged words are possible, so the bot asks.
/// </summary>
internal static class RiskLexicon
{
    public static readonly RiskCue[] Cues =
    [
        .. from kind in RiskCategories.All
           from level in new[] { RiskLevel.Urgent, RiskLevel.Possible }
           let rules = LexiconSet.Shipped.In(LexiconSet.Cues).Where(rule => rule.Kind == kind && rule.Level == level).ToList()
           where rules.Count > 0
           select new RiskCue(kind, level, LexiconSet.PhrasesOf(rules)),
    ];

    /// <summary>Plan, means or immediacy: with any of these, a possible danger is urgent.</summary>
    public static readonly PhraseSet Urgency = LexiconSet.PhrasesOf(LexiconSet.Shipped.In(LexiconSet.Urgency));
}
