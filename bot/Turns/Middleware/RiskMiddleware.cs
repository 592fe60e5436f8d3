using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// The risk check, on every message, before any dialog answers; no dialog can turn it off. Words of danger open a
/// crisis episode (<see cref="CrisisEpisode"/>): urgent words get the help for their kind at once and the episode's
/// one urgent escalation, saved with the turn; ambiguous words get the direct safety question (and, from a
/// caregiver who opted out of SMS and may not answer it, an urgent escalation too). While an episode is open the
/// crisis dialog answers every message itself and adds it to that escalation. The message is weighed with the family's
/// earlier words of danger (<see cref="RiskDecider"/>): two warning signs, or a sign and then a plan or means, are
/// urgent. Each risk event is kept for the care team. If the recognizer itself fails, the bot asks.
/// A message the learned model was unsure of, and found no danger in, gets a second opinion from the clinic's language
/// model when one is configured (<see cref="DangerSecondOpinion"/>): it can raise none to possible, never more, and is
/// never asked when the local reading found danger, inside a crisis episode or during a clinician's handoff.
/// </summary>
public sealed class RiskMiddleware(
    RiskDecider decider,
    CrisisEpisode episodes,
    DangerSecondOpinion secondOpinion,
    TimeProvider clock,
    ILogger<RiskMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text;
        if (context.Activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(text))
        {
            await next();
            return;
        }

        var assessment = Assess(text, context.Conversation.Notes.RiskEvents);
        if (CrisisEpisode.IsOpen(context.Conversation) && IsOnlyWatchful(assessment, text))
        {
            // Inside an episode the crisis dialog is already asking; an unsure message ("what do I do?") is its to
            // answer, not new danger.
            assessment = RiskAssessment.None;
        }
        else if (await SecondOpinionAsync(context, assessment, text, cancellationToken) is { } raised)
        {
            assessment = raised;
        }

        context.TurnState[TurnStateKeys.Risk] = assessment;
        if (assessment.Level != RiskLevel.None)
        {
            TurnLog.RiskDetected(logger, assessment.Level.ToString(), assessment.Category);
            Record(context, assessment, text);
            if (!CrisisEpisode.IsOpen(context.Conversation) || context.Conversation.Handoff is not null)
            {
                await episodes.OpenAsync(context, assessment, cancellationToken);
            }
        }

        await next();
    }

    /// <summary>
    /// Possible only because earlier words of danger keep the bot watchful: the message itself says none, nor names a
    /// kind of danger in the crisis words ("we still can't find her" does; the crisis picks suicide when none is named).
    /// </summary>
    private static bool IsOnlyWatchful(RiskAssessment assessment, string text) =>
        assessment.Level == RiskLevel.Possible && assessment.Source == RiskSources.Conversation
        && CrisisKinds.Of(RiskAssessment.None, text) == CrisisKinds.Suicide;

    /// <summary>
    /// The language model's reading, raised to possible at most, of a message the local model was unsure of and found
    /// no danger in; null when it was not asked (local danger, no uncertainty, an open episode, a handoff, no model) or
    /// saw none.
    /// </summary>
    private async Task<RiskAssessment?> SecondOpinionAsync(TurnContext context, RiskAssessment local, string text, CancellationToken cancellationToken)
    {
        if (local is not { Level: RiskLevel.None, Uncertain: true } || !secondOpinion.IsAvailable
            || CrisisEpisode.IsOpen(context.Conversation) || context.Conversation.Handoff is not null)
        {
            return null;
        }

        var raised = await secondOpinion.ReviewAsync(text, context.Language, [context.Conversation.Notes.Contact?.Name], cancellationToken);
        return raised is null ? null : raised with { ModelScore = local.ModelScore };
    }

    private RiskAssessment Assess(string text, IReadOnlyList<RiskNote> earlier)
    {
        try
        {
            return decider.Assess(text, earlier, clock.GetUtcNow());
        }
        catch (Exception exception)
        {
            TurnLog.Failed(logger, "risk", exception);
            return new RiskAssessment(RiskLevel.Possible, "unknown", []);
        }
    }

    private void Record(TurnContext context, RiskAssessment assessment, string text)
    {
        context.Conversation.Notes.RiskEvents.Add(new RiskNote
        {
            At = clock.GetUtcNow(),
            Level = assessment.Level.ToString().ToLowerInvariant(),
            Category = assessment.Category,
            Source = assessment.Source,
            Quote = text,
            Evidence = [.. assessment.Evidence],
        });
    }
}
