using System.Text.Json.Nodes;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// What a clinician reads first, in their language (<see cref="Language"/>): the title (urgency and reason) and the
/// sections of CONVERSATION.md's escalation summary, with the family's words quoted in their own language.
/// </summary>
public sealed record EscalationSummary(
    string EscalationId,
    string ConversationId,
    string Urgency,
    string Reason,
    DateTimeOffset CreatedAt,
    string Language,
    string Title,
    IReadOnlyList<SummarySection> Sections)
{
    /// <summary>How many updates were added after it was raised; more than none makes every notifier's message an update.</summary>
    public int Updates { get; init; }

    public bool IsUpdate => Updates > 0;

    /// <summary>The escalation's portal page (absolute), or null when no public address is configured.</summary>
    public string? Link { get; init; }

    /// <summary>The link's text in the reader's language ("Open in the portal").</summary>
    public string? LinkLabel { get; init; }

    /// <summary>The mark before a line's <see cref="SummaryLine.Gist"/> in the reader's language ("Gist (automatic)"); null when no line has one.</summary>
    public string? GistLabel { get; init; }

    /// <summary>True when the caregiver's name and number are in it (signed-in staff, or <c>Escalation:IncludeContact</c>).</summary>
    public bool IncludesContact { get; init; }

    /// <summary>Plain text for email and logs-free places (no markup).</summary>
    public string ToText() => SummaryText.Render(this);

    /// <summary>An HTML fragment, every value encoded, quotes marked with their <c>lang</c>.</summary>
    public string ToHtml() => SummaryHtml.Render(this);

    /// <summary>An Adaptive Card 1.4 (the card itself, not the message that carries it).</summary>
    public JsonObject ToAdaptiveCard() => SummaryCard.Render(this);
}
