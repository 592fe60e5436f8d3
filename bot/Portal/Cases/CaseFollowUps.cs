using PuenteBot.Audit;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Cases;
using PuenteBot.Families;
using PuenteBot.Portal.SignIn;
using PuenteBot.State;
using PuenteBot.Visits.Outreach;

namespace PuenteBot.Portal.Cases;

/// <summary>
/// The follow-up form of an escalation's page: the clinician's words planned for the case's family
/// (<see cref="FollowUps"/>), audited. Answers the page's notice: FollowUpQueued, FollowUpQuietHours (it goes when
/// quiet hours end), FollowUpNoFamily (the conversation is not linked to an enrolled family) or Refused (empty or too long).
/// </summary>
public sealed class CaseFollowUps(FollowUps followUps, IFamilyStore families, IConversationStore conversations, CaseService cases)
{
    /// <summary>True when a live handoff is on in the case's conversation: the handoff panel is for writing then.</summary>
    public async Task<bool> InHandoffAsync(EscalationRecord escalation, CancellationToken cancellationToken) =>
        (await conversations.LoadAsync(escalation.ConversationId, cancellationToken)).Data.Handoff is not null;

    public async Task<string> QueueAsync(EscalationRecord escalation, PortalClinician clinician, string? text, CancellationToken cancellationToken)
    {
        var data = (await conversations.LoadAsync(escalation.ConversationId, cancellationToken)).Data;
        var familyId = data.FamilyId ?? (await families.ForConversationAsync(escalation.ConversationId, cancellationToken))?.Id;
        if (familyId is null)
        {
            return "FollowUpNoFamily";
        }

        if (await followUps.QueueAsync(familyId, escalation.Id, clinician.Name, text, cancellationToken) is not { } queued)
        {
            return "Refused";
        }

        await cases.AuditAsync(clinician.User, AuditActions.FollowUp, escalation.Id, $"outreach {queued.OutreachId}", cancellationToken, familyId);
        return queued.WaitsForQuietHours ? "FollowUpQuietHours" : "FollowUpQueued";
    }
}
