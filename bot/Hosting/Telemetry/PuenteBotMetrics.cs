using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PuenteBot.Hosting.Telemetry;

/// <summary>
/// The bot's instruments on <see cref="PuenteBotTelemetry.Meter"/> (names and tags in docs/operations.md). Tag values are
/// bounded sets (channel ids, risk levels and kinds, urgencies, notifier names, outreach kinds and reasons), never anything a person wrote.
/// </summary>
public static class PuenteBotMetrics
{
    private static double? oldestUrgentAge;

    /// <summary>Turns processed, by channel and activity type.</summary>
    public static readonly Counter<long> Turns = PuenteBotTelemetry.Meter.CreateCounter<long>(
        "puentebot.turns", "{turn}", "Turns processed");

    /// <summary>A turn's time from its start (after its conversation's lock) to its replies, by channel.</summary>
    public static readonly Histogram<double> TurnDuration = PuenteBotTelemetry.Meter.CreateHistogram<double>(
        "puentebot.turn.duration", "s", "Time to process one turn");

    /// <summary>Every message's risk decision, by level (none, possible, urgent, …) and kind (suicide, …).</summary>
    public static readonly Counter<long> RiskDecisions = PuenteBotTelemetry.Meter.CreateCounter<long>(
        "puentebot.risk.decisions", "{decision}", "Risk decisions by level and kind");

    /// <summary>Escalations a turn raised, by urgency (stored with the turn, or rescued when the save failed).</summary>
    public static readonly Counter<long> EscalationsCreated = PuenteBotTelemetry.Meter.CreateCounter<long>(
        "puentebot.escalations.created", "{escalation}", "Escalations raised by turns");

    /// <summary>Deliveries of an escalation by one notifier, by notifier and urgency.</summary>
    public static readonly Counter<long> EscalationsDelivered = PuenteBotTelemetry.Meter.CreateCounter<long>(
        "puentebot.escalations.delivered", "{delivery}", "Escalation deliveries that succeeded");

    /// <summary>Deliveries given up after their last try, by notifier and urgency: a person must look at them.</summary>
    public static readonly Counter<long> EscalationsDeadLettered = PuenteBotTelemetry.Meter.CreateCounter<long>(
        "puentebot.escalations.dead_lettered", "{delivery}", "Escalation deliveries dead-lettered");

    /// <summary>From an escalation's creation to one notifier's successful delivery, by notifier and urgency.</summary>
    public static readonly Histogram<double> DeliveryLatency = PuenteBotTelemetry.Meter.CreateHistogram<double>(
        "puentebot.escalation.delivery.latency", "s", "Time from an escalation's creation to its delivery");

    /// <summary>SMS segments handed to Twilio (counted for the encoding each message needs), by route (twiml or rest).</summary>
    public static readonly Counter<long> SmsSegments = PuenteBotTelemetry.Meter.CreateCounter<long>(
        "puentebot.sms.segments", "{segment}", "SMS segments sent");

    /// <summary>Planned messages to families tried (reminder, missed, followup), by kind and outcome (sent, or the reason it was skipped, cancelled or deferred).</summary>
    public static readonly Counter<long> OutreachOutcomes = PuenteBotTelemetry.Meter.CreateCounter<long>(
        "puentebot.outreach.outcomes", "{message}", "Planned messages tried, by kind and outcome");

    /// <summary>
    /// The age of the oldest urgent escalation no clinician has acknowledged (0 when none waits); read from the value
    /// <see cref="UrgentBacklogSampler"/> last queried, so an export never touches the database. No value before the
    /// first query, or while the database cannot say.
    /// </summary>
    public static readonly ObservableGauge<double> OldestUrgentUnacknowledged = PuenteBotTelemetry.Meter.CreateObservableGauge(
        "puentebot.escalations.urgent.oldest_unacknowledged.age",
        () => oldestUrgentAge is { } age ? [new Measurement<double>(age)] : Array.Empty<Measurement<double>>(),
        "s",
        "Age of the oldest unacknowledged urgent escalation");

    /// <summary>One notifier delivered <paramref name="urgency"/>'s escalation created at <paramref name="createdAt"/>: counted, and its latency recorded.</summary>
    public static void Delivered(string notifier, string urgency, DateTimeOffset createdAt, DateTimeOffset now)
    {
        var tags = new TagList { { PuenteBotTelemetry.Notifier, notifier }, { PuenteBotTelemetry.Urgency, urgency } };
        EscalationsDelivered.Add(1, tags);
        DeliveryLatency.Record(Math.Max((now - createdAt).TotalSeconds, 0), tags);
    }

    /// <summary>One notifier gave up on an escalation after its last try.</summary>
    public static void DeadLettered(string notifier, string urgency) =>
        EscalationsDeadLettered.Add(1, new TagList { { PuenteBotTelemetry.Notifier, notifier }, { PuenteBotTelemetry.Urgency, urgency } });

    /// <summary>SMS messages handed to Twilio by <paramref name="route"/> (<c>twiml</c>: the webhook's answer; <c>rest</c>: the outbox and direct sends).</summary>
    public static void SmsSent(string route, IEnumerable<string> texts)
    {
        var segments = texts.Sum(text => (long)Content.Sms.SmsSegments.Count(text).Segments);
        if (segments > 0)
        {
            SmsSegments.Add(segments, new KeyValuePair<string, object?>(PuenteBotTelemetry.Route, route));
        }
    }

    /// <summary>One planned message tried: <paramref name="outcome"/> is <c>sent</c> or the rule's reason.</summary>
    public static void OutreachTried(string kind, string outcome) =>
        OutreachOutcomes.Add(1, new TagList { { PuenteBotTelemetry.OutreachKind, kind }, { PuenteBotTelemetry.OutreachOutcome, outcome } });

    /// <summary>What the gauge reports from now on (null: nothing known).</summary>
    internal static void SetOldestUrgentAge(double? seconds) => oldestUrgentAge = seconds;
}
