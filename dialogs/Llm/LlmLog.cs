using Microsoft.Extensions.Logging;

namespace PuenteBot.Dialogs.Llm;

/// <summary>What a language-model call did: its purpose, outcome, duration and token counts — never the text sent or received.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 19001, Level = LogLevel.Information, Message = "LLM {Purpose}: {Outcome} in {DurationMs} ms, {InputTokens} tokens in, {OutputTokens} out")]
    public static partial void Called(ILogger logger, string purpose, string outcome, long durationMs, long? inputTokens, long? outputTokens);

    [LoggerMessage(EventId = 19002, Level = LogLevel.Warning, Message = "LLM {Purpose}: timed out after {DurationMs} ms; the authored reply is used")]
    public static partial void TimedOut(ILogger logger, string purpose, long durationMs);

    [LoggerMessage(EventId = 19003, Level = LogLevel.Warning, Message = "LLM {Purpose}: failed after {DurationMs} ms ({ErrorType}); the authored reply is used")]
    public static partial void Failed(ILogger logger, string purpose, long durationMs, string errorType);

    [LoggerMessage(EventId = 19004, Level = LogLevel.Information, Message = "LLM {Purpose}: answer set aside ({Reason}); the authored reply is used")]
    public static partial void SetAside(ILogger logger, string purpose, string reason);
}
