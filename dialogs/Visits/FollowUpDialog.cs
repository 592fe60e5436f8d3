using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// A clinician's follow-up from a case, outside a live handoff: "{clinician} (care team): {their words}" on the
/// family's channel. The family's reply, whatever it says ("ok", "el viernes mejor"), is thanked and passed to the
/// care team as a routine escalation (reason <see cref="Reason"/>, quoting the reply, with the follow-up and the case
/// it came from) and recorded as answered. A new escalation rather than an update of the case: the case may belong to
/// another of the family's conversations, and an update reaches only its own. Danger in the reply is the crisis
/// episode's, as on any message; the follow-up then waits under it.
/// </summary>
public sealed class FollowUpDialog(IStringLocalizer<Strings> strings, VisitRecorder recorder) : Dialog(DialogId)
{
    public const string DialogId = "followup";

    /// <summary>The escalation's reason: the family answered a care-team follow-up.</summary>
    public const string Reason = "followup_reply";

    private const string FollowUpKey = "followUp";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var followUp = options as FollowUpOptions ?? throw new ArgumentException("A follow-up needs its FollowUpOptions.", nameof(options));
        dc.ActiveDialog!.State[FollowUpKey] = DialogJson.ToNode(followUp);
        await dc.Context.SendActivityAsync(Activity.Message(strings.For(dc.Context, "FollowUp.Message", followUp.ClinicianName, followUp.Text)), cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message || TriggerMessage.Current(dc.Context) is not { } reply)
        {
            return DialogTurnResult.EndOfTurn;
        }

        var followUp = DialogJson.FromNode<FollowUpOptions>(dc.ActiveDialog!.State[FollowUpKey]) ?? new FollowUpOptions();
        dc.Context.EscalateToCareTeam(Urgency.Routine, Reason, reply, new JsonObject
        {
            ["followUp"] = new JsonObject
            {
                ["outreachId"] = followUp.OutreachId,
                ["escalationId"] = followUp.EscalationId,
                ["clinician"] = followUp.ClinicianName,
                ["text"] = followUp.Text,
            },
        });
        await recorder.RecordAsync(followUp.OutreachId, null, VisitReply.Answered, cancellationToken);

        await dc.Context.SendActivityAsync(Activity.Message(strings.For(dc.Context, "FollowUp.Thanks", followUp.ClinicianName)), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
