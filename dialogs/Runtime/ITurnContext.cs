using PuenteBot.Dialogs.Escalation;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Runtime;

/// <summary>
/// One turn: the activity that came in, the conversation's state (loaded once), and the replies going out.
/// Replies and escalations are collected and committed with the state when the turn ends.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    ConversationData Conversation { get; }

    /// <summary>The conversation's language, en when not known yet.</summary>
    string Language { get; }

    /// <summary>Values shared by the middleware and dialogs of this turn only.</summary>
    IDictionary<string, object> TurnState { get; }

    IReadOnlyList<Activity> Replies { get; }

    /// <summary>True once anything has been sent this turn.</summary>
    bool Responded { get; }

    /// <summary>Addresses <paramref name="activity"/> to the caregiver and queues it to be sent.</summary>
    Task SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Queues an escalation to the care team, saved in the same transaction as the state.</summary>
    void Escalate(EscalationRequest request);

    /// <summary>Queues an update of an escalation raised in an earlier turn, saved with the state and sent to the care team as an update.</summary>
    void UpdateEscalation(EscalationUpdate update);
}
