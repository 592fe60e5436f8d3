namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Finds words of suicide, self-harm, harm to others, abuse or a medical emergency, about anyone, in English,
/// Spanish or both. Idioms are set aside first, denied phrases do not count, hedged ones are possible, and a plan,
/// means or immediacy makes a possible danger urgent: when unsure it leans toward asking.
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
        var level = RiskLevel.None;
        string? category = null;
        var evidence = new List<string>();
        foreach (var cue in RiskLexicon.Cues)
        {
            foreach (var match in cue.Phrases.FindAll(normalized))
            {
                var found = Negation.Of(normalized, match.Index) switch
                {
                    Polarity.Denied => RiskLevel.None,
                    Polarity.Hedged => RiskLevel.Possible,
                    _ => cue.Level,
                };
                if (found == RiskLevel.None)
                {
                    continue;
                }

                evidence.Add(match.Value);
                if (found > level)
                {
                    (level, category) = (found, cue.Category);
                }
            }
        }

        if (level == RiskLevel.Possible && RiskLexicon.Urgency.IsFoundIn(normalized))
        {
            level = RiskLevel.Urgent;
        }

        return level == RiskLevel.None ? RiskAssessment.None : new RiskAssessment(level, category, evidence.Distinct().ToList());
    }
}
