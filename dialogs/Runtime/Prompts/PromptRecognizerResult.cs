namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>What a prompt understood from a reply, if anything.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value)
{
    public static readonly PromptRecognizerResult<T> Failed = new(false, default);

    public static PromptRecognizerResult<T> Of(T value) => new(true, value);
}

/// <summary>What a validator sees: the recognized value, how many answers were given, and the prompt's options.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);

/// <summary>Decides whether a recognized answer is acceptable (for example, a rating between 0 and 10).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
