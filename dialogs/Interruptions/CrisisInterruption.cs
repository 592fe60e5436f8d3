using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>
/// First of all interruptions: when the risk check found danger in this message, the crisis conversation
/// covers whatever was going on (or, already under way, takes the message itself).
/// </summary>
public sealed class CrisisInterruption : IInterruption
{
    public int Order => 0;

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Context.TurnState.TryGetValue(TurnStateKeys.Risk, out var value)
            || value is not RiskAssessment { Level: not RiskLevel.None } risk)
        {
            return false;
        }

        if (dc.ActiveDialog?.Id == CrisisDialog.DialogId)
        {
            return false;
        }

        await dc.BeginInterruptionAsync(CrisisDialog.DialogId, new CrisisOptions { Urgent = risk.Level == RiskLevel.Urgent, Category = risk.Category }, cancellationToken);
        return true;
    }
}
