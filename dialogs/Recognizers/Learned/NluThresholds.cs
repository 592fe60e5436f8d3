namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// The decision thresholds over the heads' probabilities: danger, the uncertain band below it, urgent, barrier;
/// below <see cref="Veto"/> the model is sure enough that a lexicon match is a figure of speech that the lexicon's
/// possible (never urgent) yields to it; at or above <see cref="Override"/> the model's intent wins over the lexicon's.
/// <see cref="OtherWeight"/> scales the intent head's probability of <c>other</c> (then the distribution is made whole
/// again): almost half the corpus's safe messages are <c>other</c>, and the head leans to it when the wording is new.
/// </summary>
public sealed record NluThresholds(double Danger, double Uncertain, double Urgent, double Barrier, double Veto = 0, double Override = 1.01, double OtherWeight = 1)
{
    public static readonly NluThresholds Default = new(0.5, 0.25, 0.5, 0.5);
}
