using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PuenteBot.Hosting.Telemetry;

/// <summary>
/// The bot's one <see cref="ActivitySource"/> and one <see cref="System.Diagnostics.Metrics.Meter"/>, both named
/// <see cref="Name"/>, and the names of the tags they carry. Spans and measurements cost nothing while no listener
/// (an OpenTelemetry provider, set up only when an exporter is configured) is attached. Tags hold ids, kinds and
/// counts only: never message text, phone numbers or names.
/// </summary>
public static class PuenteBotTelemetry
{
    public const string Name = "PuenteBot";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public const string Channel = "puentebot.channel";
    public const string ActivityType = "puentebot.activity.type";
    public const string Conversation = "puentebot.conversation.hash";
    public const string Intent = "puentebot.intent";
    public const string RiskLevel = "puentebot.risk.level";
    public const string RiskKind = "puentebot.risk.kind";
    public const string Language = "puentebot.language";
    public const string Attempts = "puentebot.turn.attempts";
    public const string Replies = "puentebot.turn.replies";
    public const string Saved = "puentebot.turn.saved";
    public const string Escalations = "puentebot.escalations";
    public const string Stage = "puentebot.stage";
    public const string Urgency = "puentebot.escalation.urgency";
    public const string Notifier = "puentebot.notifier";
    public const string Route = "puentebot.sms.route";
    public const string OutreachKind = "puentebot.outreach.kind";
    public const string OutreachOutcome = "puentebot.outreach.outcome";
}
