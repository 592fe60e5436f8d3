namespace PuenteBot.Dialogs.Recognizers;

/// <summary>How much danger a message shows: none, possible (ask the safety question) or urgent (crisis response now).</summary>
public enum RiskLevel
{
    None,
    Possible,
    Urgent,
}

/// <summary>The risk a message shows, its kind (suicide, self_harm, harm_to_others, abuse, medical) and the words that showed it.</summary>
public sealed record RiskAssessment(RiskLevel Level, string? Category, IReadOnlyList<string> Evidence)
{
    public static readonly RiskAssessment None = new(RiskLevel.None, null, []);
}

/// <summary>Finds words of suicide, self-harm, harm to others, abuse or a medical emergency, leaning toward asking.</summary>
public sealed class RiskRecognizer
{
    private static readonly (string Phrase, RiskLevel Level, string Category)[] Phrases =
    [
        ("kill myself", RiskLevel.Urgent, "suicide"),
        ("suicide", RiskLevel.Urgent, "suicide"),
        ("want to die", RiskLevel.Urgent, "suicide"),
        ("matarme", RiskLevel.Urgent, "suicide"),
        ("suicid", RiskLevel.Urgent, "suicide"),
        ("quiero morir", RiskLevel.Urgent, "suicide"),
        ("cutting", RiskLevel.Possible, "self_harm"),
        ("cortarse", RiskLevel.Possible, "self_harm"),
        ("hacerse dano", RiskLevel.Possible, "self_harm"),
        ("hurt himself", RiskLevel.Possible, "self_harm"),
        ("hurt herself", RiskLevel.Possible, "self_harm"),
    ];

    public RiskAssessment Assess(string? text)
    {
        var folded = TextNormalizer.Fold(text);
        var hits = Phrases.Where(p => folded.Contains(p.Phrase, StringComparison.Ordinal)).ToList();
        if (hits.Count == 0)
        {
            return RiskAssessment.None;
        }

        var top = hits.MaxBy(h => h.Level);
        return new RiskAssessment(top.Level, top.Category, hits.Select(h => h.Phrase).ToList());
    }
}
