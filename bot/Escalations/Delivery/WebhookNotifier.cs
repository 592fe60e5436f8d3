using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// The generic webhook: a JSON body with the escalation, its structured summary, its plain-text rendering and the
/// portal link, signed with <see cref="WebhookSignature"/> and carrying <c>Idempotency-Key</c>. No HTML or Markdown
/// is built for it (the receiver renders the structured summary as its medium needs; System.Text.Json escapes the
/// rest); without <c>Escalation:IncludeContact</c> the copied data carries no caregiver name or number.
/// </summary>
public sealed class WebhookNotifier(IHttpClientFactory clients, IOptions<EscalationOptions> options) : IEscalationNotifier
{
    private readonly WebhookOptions webhook = options.Value.Webhook;

    public string Name => "webhook";

    public bool IsConfigured => webhook.Url.Length > 0;

    public Task SendAsync(EscalationMessage message, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(Body(message), DialogJson.Options);
        var headers = new Dictionary<string, string> { [WebhookSignature.Header] = WebhookSignature.Compute(webhook.Secret, body) };
        return NotifierHttp.PostAsync(clients, webhook.Url, body, message, headers, cancellationToken);
    }

    /// <summary>The body: the same for every try of one escalation (the try number travels in a header).</summary>
    public static JsonObject Body(EscalationMessage message)
    {
        var (escalation, summary) = (message.Escalation, message.Summary);
        return new JsonObject
        {
            ["id"] = escalation.Id,
            ["idempotencyKey"] = message.IdempotencyKey,
            ["conversationId"] = escalation.ConversationId,
            ["urgency"] = escalation.Urgency,
            ["reason"] = escalation.Reason,
            ["createdAt"] = escalation.CreatedAt,
            ["update"] = summary.IsUpdate,
            ["updates"] = summary.Updates,
            ["summary"] = DialogJson.ToNode(summary),
            ["text"] = summary.ToText(),
            ["portalUrl"] = summary.Link,
            ["data"] = Data(escalation, summary.IncludesContact),
        };
    }

    /// <summary>The dialogs' facts as stored, without the caregiver's name and contact unless the summary includes them.</summary>
    private static JsonObject Data(EscalationRecord escalation, bool includeContact)
    {
        var data = (JsonObject)escalation.Summary.DeepClone();
        if (!includeContact && data["notes"] is JsonObject notes)
        {
            notes.Remove("contact");
            notes.Remove("caregiverName");
            if (notes["facts"] is JsonObject facts)
            {
                facts.Remove("contact");
            }
        }

        return data;
    }
}
