using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Escalation;

/// <summary>
/// Escalations as the dialogs raise them: the summary carries the reason, where the family is (channel, language),
/// the message that raised it (<see cref="Triggers"/>: never a menu number or a bare yes), and a copy of the
/// conversation's care notes, so the clinician's summary can be built from the escalation alone.
/// </summary>
public static class CareTeamEscalation
{
    /// <summary>
    /// Queues an escalation of <paramref name="urgency"/> quoting <paramref name="trigger"/> (from <see cref="Triggers.Pick"/>),
    /// saved with the turn's state; returns its id.
    /// </summary>
    public static string EscalateToCareTeam(this ITurnContext context, string urgency, string reason, TriggerMessage? trigger, JsonObject? details = null)
    {
        var request = new EscalationRequest(urgency, reason, Summary(context, reason, details, trigger));
        context.Escalate(request);
        return request.Id;
    }

    /// <summary>
    /// The summary JSON: reason, conversation, channel, language, the quote and where it came from (<c>trigger</c>:
    /// activity id and time; both left out when there is no message to quote), notes, and any details given.
    /// </summary>
    public static JsonObject Summary(ITurnContext context, string reason, JsonObject? details, TriggerMessage? trigger)
    {
        var summary = new JsonObject
        {
            ["reason"] = reason,
            ["conversationId"] = context.Activity.Conversation?.Id,
            ["channel"] = context.Activity.ChannelId,
            ["language"] = context.Language,
            ["quote"] = trigger?.Text,
        };
        if (trigger?.Source() is { } source)
        {
            summary["trigger"] = source;
        }

        foreach (var (name, value) in details ?? [])
        {
            summary[name] = value?.DeepClone();
        }

        summary["notes"] = DialogJson.ToNode(context.Conversation.Notes);
        return summary;
    }
}
