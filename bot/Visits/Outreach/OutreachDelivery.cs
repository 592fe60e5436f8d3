using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Families;
using PuenteBot.Hosting.Telemetry;
using PuenteBot.Portal.Handoff;
using PuenteBot.Proactive;
using PuenteBot.State;

namespace PuenteBot.Visits.Outreach;

/// <summary>
/// Tries one claimed row: reads the facts (its visit, the family's newest conversation, the caps), asks
/// <see cref="OutreachRules"/>, and either ends, defers or moves the row, or sends it — the visit or follow-up
/// conversation begun on a cleared dialog stack under the conversation's lock (the crisis, handoff and opt-out rules
/// checked again there, on the state the lock protects), saved, handed to the family's channel (SMS through the
/// durable outbox), and the row marked sent with the conversation, channel and language it went on.
/// </summary>
public sealed class OutreachDelivery(
    IOutreachStore store,
    IFamilyStore families,
    IConversationStore conversations,
    ConversationEditor editor,
    DialogRunner dialogs,
    ProactiveSender sender,
    OutreachRules rules,
    TimeProvider clock,
    ILogger<OutreachDelivery> logger)
{
    /// <summary>Applies the rules to <paramref name="row"/> and carries out the decision; the decision.</summary>
    public async Task<OutreachDecision> TryAsync(OutreachRecord row, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var visit = row.AppointmentId is { } appointmentId ? await store.VisitAsync(appointmentId, cancellationToken) : null;
        var conversationId = (await families.ConversationsAsync(row.FamilyId, cancellationToken)).FirstOrDefault();
        var facts = conversationId is null ? new OutreachFacts(visit, Reachable: false) : await FactsAsync(row, visit, conversationId, now, cancellationToken);
        var decision = rules.Decide(row, facts, now);
        if (decision.Action == OutreachDecision.SendNow)
        {
            decision = await SendAsync(row, visit, conversationId!, now, cancellationToken);
        }

        await ApplyAsync(row, decision, cancellationToken);
        PuenteBotMetrics.OutreachTried(row.Kind, decision.Action == OutreachDecision.SendNow ? OutreachStates.Sent : decision.Reason ?? "moved");
        return decision;
    }

    private async Task<OutreachFacts> FactsAsync(OutreachRecord row, OutreachVisit? visit, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var data = (await conversations.LoadAsync(conversationId, cancellationToken)).Data;
        var automated = OutreachKinds.IsAutomated(row.Kind);
        return new OutreachFacts(
            visit,
            sender.CanReach(conversationId, data),
            data.OptedOut,
            CrisisEpisode.IsOpen(data),
            data.Handoff is not null,
            automated ? await store.SentCountAsync(row.FamilyId, rules.DayStart(now), cancellationToken) : 0,
            automated ? await store.SentCountAsync(row.FamilyId, OutreachRules.WeekStart(now), cancellationToken) : 0);
    }

    private async Task<OutreachDecision> SendAsync(OutreachRecord row, OutreachVisit? visit, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string? refused = null;
        var edit = await editor.EditAsync(
            conversationId,
            async (context, token) =>
            {
                var data = context.Conversation;
                refused = data.Handoff is not null ? OutreachReasons.Handoff
                    : CrisisEpisode.IsOpen(data) ? OutreachReasons.Crisis
                    : data.OptedOut ? OutreachReasons.OptedOut
                    : null;
                if (refused is not null)
                {
                    return false;
                }

                data.DialogStack.Clear();
                var (dialogId, options) = Opening(row, visit);
                await dialogs.CreateContext(context).BeginDialogAsync(dialogId, options, token);
                return true;
            },
            cancellationToken);
        if (edit is null)
        {
            return OutreachDecision.Skipped(OutreachReasons.Unreachable);
        }

        if (refused is not null)
        {
            return refused == OutreachReasons.OptedOut ? OutreachDecision.Skipped(refused) : rules.Hold(row, visit, now, refused);
        }

        // Saved with the conversation: it goes out even if the host is stopping (the channels bound their own time).
        if (!await sender.SendAsync(conversationId, edit.Data, edit.Replies, CancellationToken.None))
        {
            OutreachLog.NotDelivered(logger, row.Id, row.Kind, conversationId);
            return OutreachDecision.Skipped(OutreachReasons.Unreachable);
        }

        var channel = FamilyReference.Read(edit.Data)?.ChannelId;
        if (await store.SentAsync(row.Id, conversationId, channel, edit.Data.Language, clock.GetUtcNow(), CancellationToken.None))
        {
            OutreachLog.Sent(logger, row.Id, row.Kind, conversationId, channel, edit.Data.Language, (long)(now - row.DueAt).TotalMilliseconds);
        }

        return OutreachDecision.Send;
    }

    private static (string DialogId, object Options) Opening(OutreachRecord row, OutreachVisit? visit) => row.Kind == OutreachKinds.FollowUp
        ? (FollowUpDialog.DialogId, new FollowUpOptions { OutreachId = row.Id, EscalationId = row.EscalationId, ClinicianName = row.Author ?? string.Empty, Text = row.Body ?? string.Empty })
        : (VisitDialog.DialogId, new VisitOptions
        {
            OutreachId = row.Id,
            AppointmentId = row.AppointmentId ?? string.Empty,
            Kind = row.Kind == OutreachKinds.Missed ? VisitOptions.Missed : VisitOptions.Reminder,
            Start = visit?.StartsAt ?? default,
            Clinician = visit?.Clinician,
            VisitKind = visit?.VisitKind ?? "in_person",
        });

    private async Task ApplyAsync(OutreachRecord row, OutreachDecision decision, CancellationToken cancellationToken)
    {
        switch (decision.Action)
        {
            case OutreachDecision.Skip or OutreachDecision.Cancel:
                var state = decision.Action == OutreachDecision.Skip ? OutreachStates.Skipped : OutreachStates.Cancelled;
                if (await store.EndAsync(row.Id, state, decision.Reason!, cancellationToken))
                {
                    OutreachLog.Ended(logger, row.Id, row.Kind, state, decision.Reason!);
                }

                break;
            case OutreachDecision.DeferTo:
                if (await store.DeferAsync(row.Id, decision.At!.Value, decision.Reason!, cancellationToken))
                {
                    OutreachLog.Deferred(logger, row.Id, row.Kind, decision.At.Value, decision.Reason!);
                }

                break;
            case OutreachDecision.MoveTo:
                if (await store.MoveAsync(row.Id, decision.At!.Value, cancellationToken))
                {
                    OutreachLog.Moved(logger, row.Id, row.AppointmentId ?? string.Empty, decision.At.Value);
                }

                break;
        }
    }
}
