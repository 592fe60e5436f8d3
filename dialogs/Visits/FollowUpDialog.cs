using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// A clinician's follow-up from a case, outside a live handoff: their words on the family's channel, in the family's
/// language frame. (Placeholder: sends the message and ends at the family's reply.)
/// </summary>
public sealed class FollowUpDialog(IStringLocalizer<Strings> strings) : Dialog(DialogId)
{
    public const string DialogId = "followup";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var followUp = options as FollowUpOptions ?? throw new ArgumentException("A follow-up needs its FollowUpOptions.", nameof(options));
        await dc.Context.SendActivityAsync(Activity.Message(strings.For(dc.Context, "FollowUp.Message", followUp.ClinicianName, followUp.Text)), cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);
}
