using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Escalations.Delivery;

/// <summary>A Microsoft Teams incoming webhook: a message whose one attachment is the summary's Adaptive Card.</summary>
public sealed class TeamsNotifier(IHttpClientFactory clients, IOptions<EscalationOptions> options) : IEscalationNotifier
{
    private readonly TeamsOptions teams = options.Value.Teams;

    public string Name => "teams";

    public bool IsConfigured => teams.WebhookUrl.Length > 0;

    public Task SendAsync(EscalationMessage message, CancellationToken cancellationToken)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(Message(message.Summary).ToJsonString());
        return NotifierHttp.PostAsync(clients, teams.WebhookUrl, body, message, null, cancellationToken);
    }

    public static JsonObject Message(EscalationSummary summary) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray
        {
            new JsonObject
            {
                ["contentType"] = SummaryCard.ContentType,
                ["contentUrl"] = null,
                ["content"] = summary.ToAdaptiveCard(),
            },
        },
    };
}
