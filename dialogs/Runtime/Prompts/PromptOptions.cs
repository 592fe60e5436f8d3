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

    /// <summary>The question is which language to use: "English" or "español" answers it, and is no switch of language.</summary>
    public bool AsksLanguage { get; set; }

    /// <summary>
    /// What the prompt said instead of its retry the last time it did not take the answer (a <see cref="Questions.SmallTalk"/>
    /// kind, or <see cref="Narrowed"/>), so the next answer can be read in its light; cleared by the next answer.
    /// </summary>
    public string? LastFallback { get; set; }

    /// <summary>The two readings offered by "Do you mean A or B?", in that order (numbered 1 and 2).</summary>
    public List<string>? Narrowed { get; set; }
}
