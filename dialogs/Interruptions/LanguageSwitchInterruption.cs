using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>
/// After "español" or "English": confirm in the new language and ask the current question again in it — unless the
/// question waiting is which language to use (<see cref="PromptOptions.AsksLanguage"/>), which the words answer.
/// </summary>
public sealed class LanguageSwitchInterruption(IStringLocalizer<Strings> strings) : IInterruption
{
    public int Order => 10;

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Context.TurnState.ContainsKey(TurnStateKeys.LanguageSwitched)
            || dc.Context.Activity.Type == ActivityTypes.Message && PromptState.OptionsOf(dc.InnermostDialog) is { AsksLanguage: true })
        {
            return false;
        }

        await dc.Context.SendActivityAsync(Activity.Message(strings.For(dc.Context, "Language.Switched")), cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        return true;
    }
}
