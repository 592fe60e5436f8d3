using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>What a prompt asks, what it asks again when the answer is not understood, and the options offered.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    public Activity? RetryPrompt { get; set; }

    /// <summary>Options offered (buttons on web, numbered on SMS); a choice prompt only accepts these.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>
    /// When true, the texts of <see cref="Prompt"/> and <see cref="RetryPrompt"/> and the choices' titles are UI
    /// string keys, rendered in the conversation's language each time they are sent or matched, so the question
    /// follows the caregiver when they switch language.
    /// </summary>
    public bool Localized { get; set; }

    /// <summary>How many times the question is asked again before the prompt gives up and ends with null.</summary>
    public int MaxRetries { get; set; } = 2;
}
