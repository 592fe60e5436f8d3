using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>"help", "menú", "ayuda": what the bot can do, how to reach a person, then the menu.</summary>
public sealed class HelpInterruption(IStringLocalizer<Strings> strings) : IInterruption
{
    public int Order => 20;

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!CommandWords.Matches(CommandWords.Help, dc.Context.Activity.Text))
        {
            return false;
        }

        await dc.Context.SendActivityAsync(Activity.Message(strings.For(dc.Context, "Help.Text")), cancellationToken);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(MainDialog.DialogId, new MainDialogOptions { SkipGreeting = true }, cancellationToken);
        return true;
    }
}
