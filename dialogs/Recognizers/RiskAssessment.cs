namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// The risk a message shows, its kind (<see cref="RiskCategories"/>) and the words that showed it; which layer
/// decided it (<see cref="Source"/>: the lexicon, the learned model, both, or the conversation around it) and the
/// model's danger score.
/// </summary>
public sealed record RiskAssessment(RiskLevel Level, string? Category, IReadOnlyList<string> Evidence)
{
    public static readonly RiskAssessment None = new(RiskLevel.None, null, []);

    public string Source { get; init; } = RiskSources.Lexicon;

    /// <summary>The learned model's probability of danger, when it was asked.</summary>
    public double? ModelScore { get; init; }

    /// <summary>The model's score is close to its threshold: not danger, but worth watching.</summary>
    public bool Uncertain { get; init; }
}
