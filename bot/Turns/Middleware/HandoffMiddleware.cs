using PuenteBot.Proactive;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// Between the risk check and the dialogs: keeps where the family's activity came from, so the care team can
/// reach them later (<see cref="FamilyReference"/>), and, while a clinician talks with them from the portal
/// (live handoff), keeps the dialogs quiet. The risk check has already answered danger by then: the safety
/// message and the urgent escalation still happen during a handoff.
/// </summary>
public sealed class HandoffMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        FamilyReference.Remember(context.Conversation, context.Activity);
        return context.Conversation.Handoff is null ? next() : Task.CompletedTask;
    }
}
