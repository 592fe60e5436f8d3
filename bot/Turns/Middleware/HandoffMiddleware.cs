using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Proactive;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// Between the risk check and the dialogs: keeps where the family's activity came from, so the care team can
/// reach them later (<see cref="FamilyReference"/>), and, while a clinician talks with them from the portal
/// (live handoff), keeps the dialogs quiet. The risk check has already answered danger by then: the safety
/// message and the urgent escalation still happen during a handoff. A handoff the clinician left idle for
/// <see cref="HandoffOptions.IdleTimeout"/> ends at the family's next message, and PuenteBot answers it (or asks its question again).
/// </summary>
public sealed class HandoffMiddleware(DialogRunner dialogs, IStringLocalizer<Strings> strings, IOptions<HandoffOptions> options, TimeProvider clock) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        FamilyReference.Remember(conversation, context.Activity);
        if (conversation.Handoff is { } handoff && context.Activity.Type == ActivityTypes.Message
            && clock.GetUtcNow() - handoff.LastClinicianActivityAt > options.Value.IdleTimeout)
        {
            conversation.Handoff = null;
            CrisisEpisode.HandBack(conversation);
            await context.SendActivityAsync(Activity.Message(strings.For(context, "Handoff.TimedOut", handoff.ClinicianName)), cancellationToken);
            await ResumeAsync(context, next, cancellationToken);
        }
        else if (conversation.Handoff is null)
        {
            await next();
        }
    }

    /// <summary>The dialogs answer the message; when they say nothing (a prompt stays silent after another reply), their question is asked again.</summary>
    private async Task ResumeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var before = context.Replies.Count;
        await next();
        if (context.Replies.Count == before)
        {
            await dialogs.CreateContext(context).RepromptDialogAsync(cancellationToken);
        }
    }
}
