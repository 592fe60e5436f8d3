namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Finds words of suicide, self-harm, harm to others, abuse or a medical emergency, about anyone, in English,
/// Spanish or both. Idioms are set aside first, denied phrases do not count, hedged ones are possible, and a plan,
/// means or immediacy makes a possible danger urgent: when unsure it leans toward asking. An idiom never takes away
/// words of overdose, self-harm, suicide or abuse (<see cref="RiskIdioms.Protected"/>): those still read possible.
/// </summary>
public sealed class RiskRecognizer
{
    public RiskAssessment Assess(string? text) => AssessNormalized(NormalizedText.Of(text));

    /// <summary>Whether the message tells of a plan, means or immediacy (tonight, pills, a rope), figures of speech set aside.</summary>
    public bool ShowsPlanOrMeans(string? text) => RiskLexicon.Urgency.IsFoundIn(RiskIdioms.Phrases.Blank(NormalizedText.Of(text)));

    /// <summary>The same, for text already passed through <see cref="NormalizedText.Of"/>.</summary>
    internal RiskAssessment AssessNormalized(string text)
    {
        var normalized = RiskIdioms.Phrases.Blank(text);
        var hits = Hits(normalized).ToList();
        var level = RiskLevel.None;
        string? category = null;
        foreach (var hit in hits)
        {
            if (hit.Level > level)
            {
                (level, category) = (hit.Level, hit.Category);
            }
        }

        if (level == RiskLevel.None)
        {
            hits = TakenByIdioms(text, normalized).ToList();
            (level, category) = hits.Count > 0 ? (RiskLevel.Possible, hits[0].Category) : (level, category);
        }

        if (level == RiskLevel.Possible && RiskLexicon.Urgency.IsFoundIn(normalized))
        {
            level = RiskLevel.Urgent;
        }

        return level == RiskLevel.None ? RiskAssessment.None : new RiskAssessment(level, category, hits.Select(hit => hit.Words).Distinct().ToList());
    }

    /// <summary>Every cue found in text with the idioms blanked, in lexicon order, at the level it counts (denied ones left out).</summary>
    internal static IEnumerable<RiskHit> Hits(string blanked) => Found(RiskLexicon.Cues, blanked);

    /// <summary>
    /// Protected words (overdose, self-harm, suicide, abuse) that an idiom covered: found in the message as written
    /// more often than once the idioms are blanked. They read possible with their kind.
    /// </summary>
    internal static IEnumerable<RiskHit> TakenByIdioms(string text, string blanked) =>
        RiskIdioms.Protected
            .Select(cue => (Before: Found([cue], text).ToList(), After: Found([cue], blanked).Count()))
            .Where(counts => counts.Before.Count > counts.After)
            .SelectMany(counts => counts.Before);

    private static IEnumerable<RiskHit> Found(IEnumerable<RiskCue> cues, string normalized) =>
        from cue in cues
        from match in cue.Phrases.FindAll(normalized)
        let level = Negation.Of(normalized, match.Index) switch
        {
            Polarity.Denied => RiskLevel.None,
            Polarity.Hedged => RiskLevel.Possible,
            _ => cue.Level,
        }
        where level != RiskLevel.None
        select new RiskHit(cue.Category, level, match.Value);
}
