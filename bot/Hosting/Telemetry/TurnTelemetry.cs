using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Turns;

namespace PuenteBot.Hosting.Telemetry;

/// <summary>
/// The span and the measurements of one turn: a <c>turn</c> span with the channel, activity type, a keyed hash of
/// the conversation id (a channel's id may hold a phone number), the intent, the risk level and kind, and child spans
/// per middleware stage and store call. Nothing anyone wrote is ever put on them.
/// </summary>
public static class TurnTelemetry
{
    /// <summary>The hash key: a new one per process, so the tag links one process's spans of a conversation and cannot be reversed by trying numbers.</summary>
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The <see cref="PuenteBotTelemetry.Conversation"/> tag of a conversation id: 16 hex digits of an HMAC-SHA-256.</summary>
    public static string ConversationTag(string conversationId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(conversationId)), 0, 8);

    /// <summary>Starts the turn's span (null when nobody listens).</summary>
    public static Activity? Start(string conversationId, string? channelId, string? activityType)
    {
        var span = PuenteBotTelemetry.Source.StartActivity("turn", ActivityKind.Internal);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(PuenteBotTelemetry.Channel, channelId ?? "unknown");
            span.SetTag(PuenteBotTelemetry.ActivityType, activityType ?? "unknown");
            span.SetTag(PuenteBotTelemetry.Conversation, ConversationTag(conversationId));
        }

        return span;
    }

    /// <summary>A child span of the turn (a store call); null when nobody listens.</summary>
    public static Activity? StartChild(string name) => PuenteBotTelemetry.Source.StartActivity(name, ActivityKind.Internal);

    /// <summary>
    /// A middleware's span, <c>turn.stage.{stage}</c> (its type name without "Middleware", lower case), nested as the
    /// middleware nest: each holds the ones after it. Null, and nothing computed, when nobody listens.
    /// </summary>
    public static Activity? StartStage(ITurnMiddleware middleware)
    {
        if (!PuenteBotTelemetry.Source.HasListeners())
        {
            return null;
        }

        var stage = middleware.GetType().Name.Replace("Middleware", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return PuenteBotTelemetry.Source.StartActivity(ActivityKind.Internal, tags: [new(PuenteBotTelemetry.Stage, stage)], name: "turn.stage." + stage);
    }

    /// <summary>Tags the span with the turn's outcome and records the turn's measurements.</summary>
    public static void Finish(Activity? span, TurnContext context, TimeSpan elapsed, int attempts, bool saved)
    {
        var channel = context.Activity.ChannelId ?? "unknown";
        var risk = context.TurnState.TryGetValue(TurnStateKeys.Risk, out var value) && value is RiskAssessment found ? found : null;
        var level = (risk?.Level ?? RiskLevel.None).ToString().ToLowerInvariant();
        var kind = risk is { Level: not RiskLevel.None } ? risk.Category ?? "unknown" : "none";
        var intent = risk is { Level: not RiskLevel.None } ? Intents.Crisis
            : context.TurnState.TryGetValue(TurnStateKeys.Intent, out var recognized) && recognized is string named ? named
            : null;

        PuenteBotMetrics.Turns.Add(1, new(PuenteBotTelemetry.Channel, channel), new(PuenteBotTelemetry.ActivityType, context.Activity.Type));
        PuenteBotMetrics.TurnDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(PuenteBotTelemetry.Channel, channel));
        if (risk is not null)
        {
            PuenteBotMetrics.RiskDecisions.Add(1, new(PuenteBotTelemetry.RiskLevel, level), new(PuenteBotTelemetry.RiskKind, kind));
        }

        foreach (var escalation in context.Escalations)
        {
            PuenteBotMetrics.EscalationsCreated.Add(1, new KeyValuePair<string, object?>(PuenteBotTelemetry.Urgency, escalation.Urgency));
        }

        if (span is not { IsAllDataRequested: true })
        {
            return;
        }

        span.SetTag(PuenteBotTelemetry.Language, context.Language);
        span.SetTag(PuenteBotTelemetry.RiskLevel, level);
        span.SetTag(PuenteBotTelemetry.RiskKind, kind);
        span.SetTag(PuenteBotTelemetry.Intent, intent);
        span.SetTag(PuenteBotTelemetry.Attempts, attempts);
        span.SetTag(PuenteBotTelemetry.Replies, context.Replies.Count);
        span.SetTag(PuenteBotTelemetry.Saved, saved);
        span.SetTag(PuenteBotTelemetry.Escalations, context.Escalations.Count);
        if (!saved)
        {
            span.SetStatus(ActivityStatusCode.Error, "state not saved");
        }
    }
}
