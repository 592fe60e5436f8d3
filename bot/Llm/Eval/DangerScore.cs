using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Llm.Eval;

/// <summary>
/// How one danger message was read: by the local risk check alone, by the model's second opinion (null when it saw no
/// danger or gave no answer in time), and combined as the bot decides — the second opinion counts only for a message
/// the local check found no danger in while its learned model was unsure (the uncertain band), and only to raise.
/// <see cref="MissedIfAskedOnAll"/> is what asking on every message would have caught, to weigh the band.
/// </summary>
public sealed record DangerScore(EvalDangerMessage Message, RiskAssessment Local, RiskLevel? Opinion)
{
    public RiskLevel Label => Enum.Parse<RiskLevel>(Message.Level, ignoreCase: true);

    /// <summary>The bot asks for a second opinion on this message.</summary>
    public bool InBand => Local is { Level: RiskLevel.None, Uncertain: true };

    public RiskLevel Combined => InBand ? Higher(Local.Level, Opinion) : Local.Level;

    public bool Danger => Label != RiskLevel.None;

    public bool Raised => Combined > Local.Level;

    public bool MissedByLocal => Danger && Local.Level == RiskLevel.None;

    public bool MissedCombined => Danger && Combined == RiskLevel.None;

    public bool MissedIfAskedOnAll => Danger && Higher(Local.Level, Opinion) == RiskLevel.None;

    public bool UrgentMissedByLocal => Label == RiskLevel.Urgent && Local.Level != RiskLevel.Urgent;

    public bool UrgentMissedCombined => Label == RiskLevel.Urgent && Combined != RiskLevel.Urgent;

    public bool FalseAlarmByLocal => !Danger && Local.Level != RiskLevel.None;

    public bool FalseAlarmCombined => !Danger && Combined != RiskLevel.None;

    public bool Failed => MissedByLocal || MissedCombined || UrgentMissedByLocal || UrgentMissedCombined || FalseAlarmByLocal || FalseAlarmCombined;

    private static RiskLevel Higher(RiskLevel local, RiskLevel? opinion) => opinion is { } o && o > local ? o : local;
}
