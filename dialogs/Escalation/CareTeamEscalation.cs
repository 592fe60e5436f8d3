using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Escalation;

/// <summary>
/// Escalations as the dialogs raise them: the summary carries the reason, where the family is (channel, language),
/// the message that raised it, and a copy of the conversation's care notes, so the clinician's summary can be built
/// from the escalation alone.
/// </summary>
public static class CareTeamEscalation
{
    /// <summary>Queues an escalation of <paramref name="urgency"/>, saved with the turn's state.</summary>
    public static void EscalateToCareTeam(this ITurnContext context, string urgency, string reason, JsonObject? details = null) =>
        context.Escalate(new EscalationRequest(urgency, reason, Summary(context, reason, details)));

    /// <summary>The summary JSON: reason, conversation, channel, language, quote, notes, and any details given.</summary>
    public static JsonObject Summary(ITurnContext context, string reason, JsonObject? details = null)
    {
        var summary = new JsonObject
        {
            ["reason"] = reason,
            ["conversationId"] = context.Activity.Conversation?.Id,
            ["channel"] = context.Activity.ChannelId,
            ["language"] = context.Language,
            ["quote"] = context.Activity.Text,
        };
        foreach (var (name, value) in details ?? [])
        {
            summary[name] = value?.DeepClone();
        }

        summary["notes"] = DialogJson.ToNode(context.Conversation.Notes);
        return summary;
    }
}
