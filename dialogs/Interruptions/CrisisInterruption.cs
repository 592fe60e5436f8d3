using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>
/// First of all interruptions. While a crisis episode is open it takes every message itself, so no other
/// interruption (help, cancel, a returning caregiver) and no topic sees it; when the risk check found danger in
/// this message, the episode begins over whatever was going on.
/// </summary>
public sealed class CrisisInterruption : IInterruption
{
    public int Order => 0;

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog?.Id == CrisisDialog.DialogId)
        {
            await dc.ContinueDialogAsync(cancellationToken);
            return true;
        }

        if (!dc.Context.TurnState.TryGetValue(CrisisEpisode.StartKey, out var value) || value is not CrisisOptions start)
        {
            return false;
        }

        await dc.BeginInterruptionAsync(CrisisDialog.DialogId, start, cancellationToken);
        return true;
    }
}
