using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Llm.Eval;

/// <summary>
/// How one danger message was read: by the local risk check alone, by the model's second opinion (null when it gave
/// none in time), and combined — the higher of the two, since the second opinion may raise but never lower.
/// </summary>
public sealed record DangerScore(EvalDangerMessage Message, RiskLevel Local, RiskLevel? Opinion)
{
    public RiskLevel Label => Enum.Parse<RiskLevel>(Message.Level, ignoreCase: true);

    public RiskLevel Combined => Opinion is { } opinion && opinion > Local ? opinion : Local;

    public bool Danger => Label != RiskLevel.None;

    public bool MissedByLocal => Danger && Local == RiskLevel.None;

    public bool MissedCombined => Danger && Combined == RiskLevel.None;

    public bool UrgentMissedByLocal => Label == RiskLevel.Urgent && Local != RiskLevel.Urgent;

    public bool UrgentMissedCombined => Label == RiskLevel.Urgent && Combined != RiskLevel.Urgent;

    public bool FalseAlarmByLocal => !Danger && Local != RiskLevel.None;

    public bool FalseAlarmCombined => !Danger && Combined != RiskLevel.None;

    public bool Failed => MissedByLocal || MissedCombined || UrgentMissedByLocal || UrgentMissedCombined || FalseAlarmByLocal || FalseAlarmCombined;
}
