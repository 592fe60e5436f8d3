using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Topics;

/// <summary>Localized questions of the family conversations: re-rendered in the caregiver's language each time they are asked.</summary>
public static class Question
{
    /// <summary>A question whose answer is free text; it is never asked twice.</summary>
    public static PromptOptions Open(string key) => new()
    {
        Localized = true,
        Prompt = Activity.Message(key),
    };

    /// <summary>A yes or no offer: an answer it cannot read is asked once more with <paramref name="retryKey"/>, then taken as no.</summary>
    public static PromptOptions YesNo(string key, string retryKey) => new()
    {
        Localized = true,
        Prompt = Activity.Message(key),
        RetryPrompt = Activity.Message(retryKey),
        MaxRetries = 1,
    };
}
