namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>The decision thresholds over the heads' probabilities.</summary>
public sealed record NluThresholds(double Danger, double Uncertain, double Urgent, double Barrier)
{
    public static readonly NluThresholds Default = new(0.5, 0.25, 0.5, 0.5);
}
