using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Crisis;

/// <summary>
/// The start of a crisis episode, as the risk check answers words of danger before any dialog: the help for the
/// kind of danger (urgent words) or the direct question for it (ambiguous words), and, for urgent words, the
/// episode's one urgent escalation. The <see cref="CrisisDialog"/> then owns the conversation until it is over;
/// while it is open the risk check leaves every message to it.
/// </summary>
public sealed class CrisisEpisode(IStringLocalizer<Strings> strings)
{
    /// <summary>Where the risk check leaves the episode's start (<see cref="CrisisOptions"/>) for the crisis dialog.</summary>
    public const string StartKey = "crisis.start";

    /// <summary>True while the crisis dialog is the conversation's active dialog.</summary>
    public static bool IsOpen(ConversationData conversation) => conversation.DialogStack.LastOrDefault()?.Id == CrisisDialog.DialogId;

    /// <summary>
    /// In <c>ConversationData.Values</c> while a clinician is in the conversation: the urgent escalation of the episode
    /// they took over, or of the first words of danger during their handoff. Later danger in the same handoff is added
    /// to it as an update (one case the clinician is already on), not raised as a new escalation.
    /// </summary>
    public const string HandoffEscalationKey = "crisis.handoff_escalation";

    /// <summary>A clinician took over (live handoff): the episode is theirs now; its escalation stays the handoff's.</summary>
    public static void HandOver(ConversationData conversation)
    {
        if (conversation.DialogStack.LastOrDefault(d => d.Id == CrisisDialog.DialogId) is { } episode && CrisisDialog.EscalationOf(episode) is { } escalationId)
        {
            conversation.Values[HandoffEscalationKey] = escalationId;
        }

        conversation.DialogStack.RemoveAll(d => d.Id == CrisisDialog.DialogId);
    }

    /// <summary>The clinician left (handed back, or the handoff timed out): the next words of danger raise their own escalation.</summary>
    public static void HandBack(ConversationData conversation) => conversation.Values.Remove(HandoffEscalationKey);

    /// <summary>Answers the first words of danger and leaves how the episode starts in the turn state.</summary>
    public async Task<CrisisOptions> OpenAsync(ITurnContext context, RiskAssessment risk, CancellationToken cancellationToken)
    {
        var kind = CrisisKinds.Of(risk, context.Activity.Text);
        var start = new CrisisOptions
        {
            Urgent = CrisisKinds.Level(kind, risk.Level) == RiskLevel.Urgent,
            Kind = kind,
            Category = CrisisKinds.Category(kind, risk.Category),
            Trigger = TriggerMessage.Current(context),
        };
        var key = start.Urgent ? "Crisis.Urgent." + kind : CrisisKinds.CheckKey(kind);
        var handoff = context.Conversation.Handoff is not null ? (string?)context.Conversation.Values[HandoffEscalationKey] : null;
        if ((start.Urgent || context.Conversation.OptedOut) && handoff is not null)
        {
            start.EscalationId = handoff;
            Update(context, handoff, kind, risk.Level, [key]);
        }
        else if (start.Urgent || context.Conversation.OptedOut)
        {
            start.EscalationId = Escalate(context, start, risk.Level, new JsonObject
            {
                ["evidence"] = new JsonArray([.. risk.Evidence.Select(e => JsonValue.Create(e))]),
            });
            if (context.Conversation.Handoff is not null)
            {
                context.Conversation.Values[HandoffEscalationKey] = start.EscalationId;
            }
        }

        CrisisAssessment.NoteTold(context.Conversation.Notes, [key]);
        await context.SendActivityAsync(Activity.Message(CrisisText.For(strings, context, key)), cancellationToken);
        context.TurnState[StartKey] = start;
        return start;
    }

    /// <summary>Raises the episode's urgent escalation, quoting the words of danger that opened it; returns its id.</summary>
    public static string Escalate(ITurnContext context, CrisisOptions episode, RiskLevel level, JsonObject? details = null)
    {
        var facts = details ?? [];
        facts["level"] = level.ToString().ToLowerInvariant();
        facts["kind"] = episode.Kind;
        facts["optedOut"] = context.Conversation.OptedOut;
        var request = new EscalationRequest(Urgency.Urgent, episode.Category ?? "risk", CareTeamEscalation.Summary(context, episode.Category ?? "risk", facts, episode.Trigger));
        context.Escalate(request);
        return request.Id;
    }

    /// <summary>
    /// A later message of the episode, added to its escalation for the care team with what the bot told them and,
    /// when the message was one, the safety answer's meaning (<c>safety</c>), what the family did (<c>action</c>)
    /// or that they gave a way to reach them (<c>contact</c>, the name and number stay in the notes).
    /// </summary>
    public static void Update(ITurnContext context, string escalationId, string kind, RiskLevel level, IEnumerable<string> told)
    {
        var entry = new JsonObject
        {
            ["quote"] = context.Activity.Text,
            ["kind"] = kind,
            ["level"] = level.ToString().ToLowerInvariant(),
            ["told"] = new JsonArray([.. told.Select(key => JsonValue.Create(key))]),
        };
        foreach (var (name, value) in CrisisAssessment.Noted(context))
        {
            entry[name] = value;
        }

        context.UpdateEscalation(new EscalationUpdate(escalationId, entry));
    }
}
