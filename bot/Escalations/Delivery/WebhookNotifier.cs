using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// The generic webhook: a JSON body with the escalation, its structured summary and its text and HTML renderings,
/// signed with <see cref="WebhookSignature"/> and carrying <c>Idempotency-Key</c>.
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
            ["html"] = summary.ToHtml(),
            ["data"] = escalation.Summary.DeepClone(),
        };
    }
}
