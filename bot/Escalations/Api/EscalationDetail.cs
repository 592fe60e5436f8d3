using System.Text.Json.Nodes;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Escalations.Api;

/// <summary>
/// <c>GET /api/escalations/{id}</c>: the escalation, its summary (structured, text, HTML), the facts the dialogs
/// recorded, the transcript, each notifier's delivery, and which notifiers delivered it and which gave up.
/// </summary>
public sealed record EscalationDetail(
    EscalationItem Escalation,
    EscalationSummary Summary,
    string Text,
    string Html,
    JsonObject Data,
    IReadOnlyList<TranscriptEntry> Transcript,
    IReadOnlyList<EscalationDeliveryStatus> Deliveries,
    DeliveryOutcome Delivery);
