using Stopwatch = System.Diagnostics.Stopwatch;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations.Rescue;
using PuenteBot.Hosting.Telemetry;
using PuenteBot.Privacy;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Turns.Middleware;

namespace PuenteBot.Turns;

/// <summary>
/// Runs one turn end to end: one load, the middleware in their fixed order (opt-out → language → risk → data
/// deletion → handoff → disclosure → dialogs), one save (and a deletion the family confirmed, after it). Turns of a conversation run one at a time (in this process by
/// <see cref="ConversationLocks"/>); a save that finds the state changed by another process re-runs the turn on the
/// fresh state, so no update is lost, and from then on holds the conversation across instances
/// (<see cref="IConversationTurnLock"/>, PostgreSQL) so that the re-run does not lose the race again. When the state cannot be
/// saved, the turn's escalations are rescued (<see cref="EscalationRescue"/>) and, if they reached nobody, the replies
/// say so; updates of earlier escalations are saved only with the turn (dropped then, logged by id).
/// </summary>
public sealed class TurnPipeline(
    IConversationStore store,
    ConversationLocks locks,
    OptOutMiddleware optOut,
    FamilyLinkMiddleware familyLink,
    LanguageMiddleware language,
    RiskMiddleware risk,
    DataErasureMiddleware privacy,
    HandoffMiddleware handoff,
    DisclosureMiddleware disclosure,
    DialogMiddleware dialogs,
    EscalationRescue rescue,
    TeamAlertReplies honesty,
    IConversationTurnLock turnLocks,
    EscalationExcerpt excerpts,
    TimeProvider clock,
    ILogger<TurnPipeline> logger)
{
    public const int MaxAttempts = 10;

    private static readonly HashSet<string> Processed =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Event];

    private readonly ITurnMiddleware[] middleware = [optOut, familyLink, language, risk, privacy, handoff, disclosure, dialogs];

    /// <summary>Processes one inbound activity; never throws for bad input (an activity with no conversation is rejected).</summary>
    public Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        ProcessAsync(activity, handover: null, cancellationToken);

    /// <summary>
    /// Processes one inbound activity whose caller may stop waiting for the replies: <paramref name="handover"/> is
    /// asked inside each save's transaction whether they are to be written with the state (<see cref="IReplyHandover"/>).
    /// </summary>
    public async Task<TurnResult> ProcessAsync(Activity activity, IReplyHandover? handover, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            return TurnResult.Rejected("The activity has no conversation.id.");
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ConversationId"] = conversationId, ["ActivityId"] = activity.Id });
        if (activity.Type is null || !Processed.Contains(activity.Type))
        {
            TurnLog.Ignored(logger, activity.Type ?? "(none)");
            return TurnResult.Ignored;
        }

        InboundText.Clean(activity);
        using var span = TurnTelemetry.Start(conversationId, activity.ChannelId, activity.Type);
        var started = Stopwatch.GetTimestamp();
        using var turnLock = await locks.AcquireAsync(conversationId, cancellationToken);
        await using var instancesLock = new ConversationTurnLockScope(turnLocks, conversationId);
        await instancesLock.TakeIfContendedAsync(cancellationToken);
        TurnContext? context = null;
        ConversationWrite? write = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await TryLoadAsync(conversationId, cancellationToken) is not { } stored)
            {
                return await RunUnloadedAsync(activity, conversationId, span, started, cancellationToken);
            }

            context = new TurnContext(activity, stored.Data);
            await RunMiddlewareAsync(context, 0, cancellationToken);
            EscalationAssessment.Stamp(context);
            if (context.Escalations.Count > 0)
            {
                await excerpts.StampAsync(context, conversationId, clock.GetUtcNow(), cancellationToken);
            }

            write = Write(context, conversationId, stored.Version, handover);
            if (await TrySaveAsync(write, handover, cancellationToken) is not { } saved)
            {
                TurnLog.SaveConflict(logger, attempt);
                await instancesLock.TakeAsync(cancellationToken);
                continue;
            }

            if (!saved)
            {
                await RescueAsync(context, write);
            }
            else
            {
                await privacy.FinishAsync(context, conversationId);
            }

            TurnLog.TurnProcessed(logger, activity.Type, Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.Replies.Count, attempt);
            TurnTelemetry.Finish(span, context, Stopwatch.GetElapsedTime(started), attempt, saved);
            return new TurnResult(context.Replies, saved);
        }

        TurnLog.SaveGaveUp(logger, MaxAttempts);
        await RescueAsync(context!, write!);
        TurnTelemetry.Finish(span, context!, Stopwatch.GetElapsedTime(started), MaxAttempts, saved: false);
        return new TurnResult(context!.Replies, Saved: false);
    }

    private async Task<StoredConversation?> TryLoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var span = TurnTelemetry.StartChild("store.load");
        try
        {
            return await store.LoadAsync(conversationId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            TurnLog.Failed(logger, "load", exception);
            return null;
        }
    }

    /// <summary>
    /// The database cannot even be read: the message is still heard on a blank state (the risk check answers words
    /// of danger), nothing of the state is written, and its escalations are rescued.
    /// </summary>
    private async Task<TurnResult> RunUnloadedAsync(Activity activity, string conversationId, System.Diagnostics.Activity? span, long started, CancellationToken cancellationToken)
    {
        var context = new TurnContext(activity, new ConversationData());
        await RunMiddlewareAsync(context, 0, cancellationToken);
        EscalationExcerpt.Stamp(context, [], clock.GetUtcNow());
        await RescueAsync(context, Write(context, conversationId, version: 0, handover: null));
        TurnTelemetry.Finish(span, context, Stopwatch.GetElapsedTime(started), attempts: 1, saved: false);
        return new TurnResult(context.Replies, Saved: false);
    }

    /// <summary>The turn's escalations when its state was not saved: stored on their own, or spooled and sent; the family is told the truth.</summary>
    private async Task RescueAsync(TurnContext context, ConversationWrite write)
    {
        foreach (var update in write.EscalationUpdates)
        {
            TurnLog.UpdateDropped(logger, update.EscalationId);
        }

        if (write.Escalations.Count > 0 && await rescue.RescueAsync(write) == RescueOutcome.NotReached)
        {
            honesty.Apply(context);
            TurnLog.TeamNotReached(logger);
        }
    }

    private async Task RunMiddlewareAsync(TurnContext context, int index, CancellationToken cancellationToken)
    {
        if (index >= middleware.Length)
        {
            return;
        }

        using var span = TurnTelemetry.StartStage(middleware[index]);
        try
        {
            await middleware[index].OnTurnAsync(context, () => RunMiddlewareAsync(context, index + 1, cancellationToken), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && index == 0)
        {
            TurnLog.Failed(logger, "middleware", exception);
            context.ResetDialogs();
            await dialogs.ApologizeAsync(context, cancellationToken);
        }
    }

    private ConversationWrite Write(TurnContext context, string conversationId, long version, IReplyHandover? handover)
    {
        var now = clock.GetUtcNow();
        var data = context.Conversation;
        data.TurnCount++;
        if (context.Activity.Type == ActivityTypes.Message)
        {
            data.LastMessageAt = now;
        }

        return new ConversationWrite(conversationId, context.Activity.ChannelId, version, data, LogEntries(context, now), [.. context.Escalations], now)
        {
            EscalationUpdates = [.. context.EscalationUpdates],
            LateSms = handover is null ? null : () => handover.Seal(context.Replies, data),
        };
    }

    /// <summary>
    /// Returns true when saved, false when state could not be written (replies still go out), null on a version
    /// conflict; the handover hears whether the save committed, whatever happened.
    /// </summary>
    private async Task<bool?> TrySaveAsync(ConversationWrite write, IReplyHandover? handover, CancellationToken cancellationToken)
    {
        var committed = false;
        using var span = TurnTelemetry.StartChild("store.save");
        try
        {
            // A turn with escalations (or updates of them) is saved even when the caller has gone: they must not be lost with the request.
            var urgent = write.Escalations.Count > 0 || write.EscalationUpdates.Count > 0;
            committed = await store.TrySaveAsync(write, urgent ? CancellationToken.None : cancellationToken);
            return committed ? true : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            TurnLog.Failed(logger, "save", exception);
            return false;
        }
        finally
        {
            handover?.Settled(committed);
        }
    }

    private static List<LogEntry> LogEntries(TurnContext context, DateTimeOffset now)
    {
        var inbound = context.Activity;
        var entries = new List<LogEntry>(context.Replies.Count + 1)
        {
            new(LogEntry.Inbound, inbound.Id, inbound.Type!, inbound.Text, inbound.Timestamp ?? now),
        };
        entries.AddRange(context.Replies.Select(reply => new LogEntry(LogEntry.Outbound, reply.Id, reply.Type ?? ActivityTypes.Message, reply.Text, now)));
        return entries;
    }
}
