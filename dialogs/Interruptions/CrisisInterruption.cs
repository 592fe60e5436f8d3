using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>
/// First of all interruptions: when the risk check found danger in this message, its safety answer is the
/// turn's answer, and the active dialog waits for the next message.
/// </summary>
public sealed class CrisisInterruption : IInterruption
{
    public int Order => 0;

    public Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult(dc.Context.TurnState.TryGetValue(TurnStateKeys.Risk, out var value)
            && value is RiskAssessment { Level: not RiskLevel.None });
}
