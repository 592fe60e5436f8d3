using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Notes;

namespace PuenteBot.Dialogs.Runtime;

/// <summary>
/// Everything PuenteBot keeps about one conversation between turns: saved as one JSON document, so a
/// conversation can continue in another process.
/// </summary>
public sealed class ConversationData
{
    /// <summary>en or es; null until the caregiver's language is known.</summary>
    public string? Language { get; set; }

    /// <summary>True once the caregiver picked the language themselves; then only they change it.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>The enrolled family (the <c>families</c> table) this conversation belongs to; null when the family is not enrolled.</summary>
    public string? FamilyId { get; set; }

    /// <summary>The caregiver texted STOP (or an equivalent); nothing but safety messages goes out until START.</summary>
    public bool OptedOut { get; set; }

    /// <summary>True once the caregiver agreed to continue after hearing what PuenteBot is and what it keeps.</summary>
    public bool Consented { get; set; }

    public int TurnCount { get; set; }

    public DateTimeOffset? LastMessageAt { get; set; }

    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>What the conversation learned for the care team: barriers and plans, worries, ratings, risk events.</summary>
    public CareNotes Notes { get; set; } = new();

    /// <summary>Set while a clinician talks with the family from the portal (live handoff); null when PuenteBot answers.</summary>
    public HandoffState? Handoff { get; set; }

    /// <summary>Other values dialogs keep for the whole conversation, by name.</summary>
    public JsonObject Values { get; set; } = [];
}
