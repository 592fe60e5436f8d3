namespace PuenteBot.Escalations.Api;

/// <summary>The optional body of <c>POST /api/escalations/{id}/ack</c>: who acknowledges (defaults to the API key's number).</summary>
public sealed record AcknowledgeRequest(string? By)
{
    public const int MaxLength = 100;
}
