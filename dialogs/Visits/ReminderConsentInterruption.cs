using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// "Stop the reminders" / "ya no quiero recordatorios" and "send me reminders" / "quiero recordatorios", at any point
/// of the conversation: an enrolled family's answer to reminders is saved (<see cref="IReminderConsent"/>) and
/// confirmed, and the question that was waiting is asked again — or, when the words answer a reminder, the reminder
/// is done with. A caregiver the clinic did not enrol is told the clinic sets reminders up. STOP alone is not this:
/// the opt-out middleware stops every text before any dialog sees it. Runs after help and before a request for a person.
/// </summary>
public sealed class ReminderConsentInterruption(IStringLocalizer<Strings> strings, ILogger<ReminderConsentInterruption> logger, IReminderConsent? consent = null)
    : IInterruption
{
    public int Order => 22;

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        if (context.Activity is not { Type: ActivityTypes.Message, Text: { Length: > 0 } text } || VisitWords.RemindersWanted(text) is not { } wanted)
        {
            return false;
        }

        var setting = wanted ? "on" : "off";
        if (context.Conversation.FamilyId is not { } familyId || consent is null)
        {
            VisitLog.ConsentNotEnrolled(logger, setting);
            await context.SendActivityAsync(Activity.Message(strings.For(context, "Reminders.NotEnrolled")), cancellationToken);
        }
        else
        {
            await consent.SetAsync(familyId, wanted, cancellationToken);
            VisitLog.ConsentChanged(logger, familyId, setting);
            await context.SendActivityAsync(Activity.Message(strings.For(context, wanted ? "Reminders.On" : "Reminders.Off")), cancellationToken);
        }

        if (dc.Stack is [{ Id: VisitDialog.DialogId }, ..])
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
        }
        else
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }

        return true;
    }
}
