using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.StigmaShame;

/// <summary>
/// "From 0 to 10, how confident do you feel about continuing your child's care?" A number in words or digits
/// ("siete", "like a 6"); anything else is asked once more, then skipped.
/// </summary>
public static class ConfidenceQuestion
{
    public const int Lowest = 0;
    public const int Highest = 10;

    public static PromptOptions Options(string promptKey) => new()
    {
        Localized = true,
        Prompt = Activity.Message(promptKey),
        RetryPrompt = Activity.Message("Stigma.Confidence.Retry"),
        MaxRetries = 1,
    };

    /// <summary>Accepts a rating from 0 to 10.</summary>
    public static Task<bool> ValidateAsync(PromptValidatorContext<double> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized is { Succeeded: true, Value: >= Lowest and <= Highest });

    /// <summary>The rating a prompt ended with, rounded to a whole number, or null when it was skipped.</summary>
    public static int? Rating(object? result) =>
        result is double value ? (int)Math.Round(value, MidpointRounding.AwayFromZero) : null;
}
