using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>"cancel", "empezar de nuevo": leave whatever was going on and go back to the menu.</summary>
public sealed class CancelInterruption(IStringLocalizer<Strings> strings) : IInterruption
{
    public int Order => 30;

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!CommandWords.Matches(CommandWords.Cancel, dc.Context.Activity.Text))
        {
            return false;
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.Context.SendActivityAsync(Activity.Message(strings.For(dc.Context, "Cancel.Done")), cancellationToken);
        await dc.BeginDialogAsync(MainDialog.DialogId, new MainDialogOptions { SkipGreeting = true }, cancellationToken);
        return true;
    }
}
