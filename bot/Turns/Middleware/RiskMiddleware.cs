using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// The risk check, on every message, before any dialog answers; no dialog can turn it off. Urgent words get the
/// safety message at once and an urgent escalation saved with the turn; possible risk gets the direct safety
/// question (and, from a caregiver who opted out of SMS and may not answer it, an urgent escalation too). The
/// message is weighed with the family's earlier words of danger (<see cref="RiskDecider"/>): two warning signs, or a
/// sign and then a plan or means, are urgent. Each risk event is kept for the care team. If the recognizer itself
/// fails, the bot asks.
/// </summary>
public sealed class RiskMiddleware(
    RiskDecider decider,
    IStringLocalizer<Strings> strings,
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
        context.TurnState[TurnStateKeys.Risk] = assessment;
        if (assessment.Level != RiskLevel.None)
        {
            TurnLog.RiskDetected(logger, assessment.Level.ToString(), assessment.Category);
            Record(context, assessment, text);
            if (assessment.Level == RiskLevel.Urgent || context.Conversation.OptedOut)
            {
                EscalateUrgently(context, assessment);
            }

            var message = assessment.Level == RiskLevel.Urgent ? "Safety.Urgent" : "Safety.Check";
            await context.SendActivityAsync(Activity.Message(strings.For(context, message)), cancellationToken);
        }

        await next();
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
            Level = Level(assessment),
            Category = assessment.Category,
            Quote = text,
            Evidence = [.. assessment.Evidence],
        });
    }

    private static void EscalateUrgently(TurnContext context, RiskAssessment assessment) =>
        context.EscalateToCareTeam(Urgency.Urgent, assessment.Category ?? "risk", new JsonObject
        {
            ["level"] = Level(assessment),
            ["optedOut"] = context.Conversation.OptedOut,
            ["evidence"] = new JsonArray([.. assessment.Evidence.Select(e => JsonValue.Create(e))]),
        });

    private static string Level(RiskAssessment assessment) => assessment.Level.ToString().ToLowerInvariant();
}
