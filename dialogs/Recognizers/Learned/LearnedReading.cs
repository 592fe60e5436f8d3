namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// The learned heads' reading of one message, decided by the model's thresholds: the danger level and kind with
/// the score behind them, the two likeliest intents, the barrier kinds and whether it asks a question.
/// </summary>
public sealed record LearnedReading(
    RiskLevel Risk,
    string? Kind,
    double DangerScore,
    bool Uncertain,
    IReadOnlyList<(string Intent, double Probability)> Intents,
    IReadOnlyList<string> Barriers,
    bool Question)
{
    /// <summary>The likeliest intent (of messages not in danger) and its probability.</summary>
    public (string Intent, double Probability) TopIntent => Intents[0];
}
