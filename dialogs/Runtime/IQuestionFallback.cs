namespace PuenteBot.Dialogs.Runtime;

/// <summary>
/// The last answer to a question no prompt understood and no authored answer covers (a grounded answer from the
/// clinic's own content, when a language model is configured). Asked by a prompt before it counts a miss; when it
/// answers, the prompt asks its question again.
/// </summary>
public interface IQuestionFallback
{
    /// <summary>True when it answered the message (something was sent).</summary>
    Task<bool> TryAnswerAsync(ITurnContext context, CancellationToken cancellationToken);
}
