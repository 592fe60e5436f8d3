namespace PuenteBot.Escalations.Cases;

/// <summary>
/// The portal queue's filters: a case state (none: what still needs someone — not acknowledged, or claimed or in a
/// conversation, and not closed), an urgency, an owner, and the conversations a search found (null: any).
/// </summary>
public sealed record CaseQueueQuery(
    string? State = null,
    string? Urgency = null,
    string? Owner = null,
    IReadOnlyCollection<string>? Conversations = null,
    int Limit = 200);
