namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Everything the recognizers say about one message, in the labels of ../shared/CONVERSATION.md, with how sure
/// they are (<see cref="Confidence"/>, 0–1), which layer decided the intent (<see cref="Source"/>), the second
/// likeliest intent for a "Do you mean A or B?" question, and whether the message asks something.
/// </summary>
public sealed record Classification(string Language, string Intent, IReadOnlyList<string> Barriers, RiskLevel Risk, RiskAssessment Assessment)
{
    public double Confidence { get; init; } = 1.0;

    public string Source { get; init; } = RiskSources.Lexicon;

    public (string Intent, double Probability)? Alternative { get; init; }

    public bool Question { get; init; }
}
