using PuenteBot.Audit;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Cases;
using PuenteBot.Portal.Handoff;
using PuenteBot.Portal.SignIn;

namespace PuenteBot.Portal.Cases;

/// <summary>
/// The handoff forms of an escalation's page: <see cref="HandoffService"/>'s step, then, when it changed the
/// conversation, the case follows (join and take-over put it in conversation with that clinician, hand-back makes it
/// claimed again) and the step is audited.
/// </summary>
public sealed class CaseHandoff(HandoffService handoff, ICaseStore cases, CaseService service)
{
    public async Task<HandoffResult> JoinAsync(EscalationRecord escalation, PortalClinician clinician, CancellationToken cancellationToken) =>
        await AfterAsync(escalation, clinician, AuditActions.Join, await handoff.JoinAsync(escalation.ConversationId, clinician, cancellationToken), cancellationToken);

    public async Task<HandoffResult> TakeOverAsync(EscalationRecord escalation, PortalClinician clinician, CancellationToken cancellationToken) =>
        await AfterAsync(escalation, clinician, AuditActions.TakeOver, await handoff.TakeOverAsync(escalation.ConversationId, clinician, cancellationToken), cancellationToken);

    public async Task<HandoffResult> ReplyAsync(EscalationRecord escalation, PortalClinician clinician, string? text, CancellationToken cancellationToken) =>
        await AfterAsync(escalation, clinician, AuditActions.Message, await handoff.ReplyAsync(escalation.ConversationId, clinician, text, cancellationToken), cancellationToken);

    public async Task<HandoffResult> HandBackAsync(EscalationRecord escalation, PortalClinician clinician, CancellationToken cancellationToken) =>
        await AfterAsync(escalation, clinician, AuditActions.HandBack, await handoff.HandBackAsync(escalation.ConversationId, clinician, cancellationToken), cancellationToken);

    private async Task<HandoffResult> AfterAsync(EscalationRecord escalation, PortalClinician clinician, string action, HandoffResult result, CancellationToken cancellationToken)
    {
        if (result is not (HandoffResult.Delivered or HandoffResult.NotDelivered))
        {
            return result;
        }

        if (action is AuditActions.Join or AuditActions.TakeOver)
        {
            await cases.StartConversationAsync(escalation.Id, clinician.User, cancellationToken);
        }
        else if (action == AuditActions.HandBack)
        {
            await cases.EndConversationAsync(escalation.Id, cancellationToken);
        }

        await service.AuditAsync(clinician.User, action, escalation.Id, result.ToString(), cancellationToken);
        return result;
    }
}
