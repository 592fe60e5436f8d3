namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// The learned heads' reading of one message, decided by the model's thresholds: the danger level and kind with
/// the score behind them, the two likeliest intents, the barrier kinds and whether it asks a question;
/// <see cref="SureSafe"/> when it is sure enough of no danger to overrule the lexicon's possible, and
/// <see cref="SureOfIntent"/> when its intent overrules the lexicon's.
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
    public bool SureSafe { get; init; }

    public bool SureOfIntent { get; init; }

    /// <summary>The likeliest intent (of messages not in danger) and its probability.</summary>
    public (string Intent, double Probability) TopIntent => Intents[0];
}
