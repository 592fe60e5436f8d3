using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>
/// A short command as the whole message that leaves whatever was going on, says one thing, and shows the menu:
/// help ("help", "menú", "ayuda": what the bot can do and how to reach a person) and cancel ("cancel",
/// "empezar de nuevo").
/// </summary>
public sealed class BackToMenuInterruption(IStringLocalizer<Strings> strings, int order, HashSet<string> words, string replyKey) : IInterruption
{
    public int Order => order;

    public static BackToMenuInterruption Help(IStringLocalizer<Strings> strings) => new(strings, 20, CommandWords.Help, "Help.Text");

    public static BackToMenuInterruption Cancel(IStringLocalizer<Strings> strings) => new(strings, 30, CommandWords.Cancel, "Cancel.Done");

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!CommandWords.Matches(words, dc.Context.Activity.Text))
        {
            return false;
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.Context.SendActivityAsync(Activity.Message(strings.For(dc.Context, replyKey)), cancellationToken);
        await dc.BeginDialogAsync(MainDialog.DialogId, new MainDialogOptions { SkipGreeting = true }, cancellationToken);
        return true;
    }
}
