using System.Text.Json.Nodes;

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

    /// <summary>The caregiver texted STOP (or an equivalent); nothing but safety messages goes out until START.</summary>
    public bool OptedOut { get; set; }

    public int TurnCount { get; set; }

    public DateTimeOffset? LastMessageAt { get; set; }

    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>What the conversation learned for the care team (answers, plans, risk events), by name.</summary>
    public JsonObject Values { get; set; } = [];
}
