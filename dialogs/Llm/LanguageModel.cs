using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PuenteBot.Dialogs.Llm;

/// <summary>
/// The clinic's language model, when one is configured (<see cref="LlmOptions"/>), asked for structured answers only.
/// A call that takes longer than <see cref="LlmOptions.Timeout"/>, fails, or answers out of shape is null: callers
/// then use their authored reply, so a family never waits on it nor sees an error. Each call is logged with its
/// purpose, outcome, duration and token counts only (<see cref="LlmLog"/>).
/// </summary>
public sealed class LanguageModel(IChatClient? client, IOptions<LlmOptions> options, TimeProvider clock, ILogger<LanguageModel> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>False when no deployment is configured: no call is ever made.</summary>
    public bool IsAvailable => client is not null;

    /// <summary>Asks for a <typeparamref name="T"/> (a JSON schema the model must fill); null when none came in time.</summary>
    public async Task<T?> AskAsync<T>(string purpose, IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
        where T : class
    {
        if (client is null)
        {
            return null;
        }

        var started = clock.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            var response = await client.GetResponseAsync<T>(
                messages,
                Json,
                new ChatOptions { Temperature = 0, MaxOutputTokens = 500 },
                useJsonSchemaResponseFormat: true,
                timeout.Token);
            var ok = response.TryGetResult(out var result) && result is not null;
            LlmLog.Called(logger, purpose, ok ? "answered" : "out of shape", Elapsed(started), response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
            return ok ? result : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LlmLog.TimedOut(logger, purpose, Elapsed(started));
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LlmLog.Failed(logger, purpose, Elapsed(started), exception.GetType().Name);
            return null;
        }
    }

    private long Elapsed(long started) => (long)clock.GetElapsedTime(started).TotalMilliseconds;
}
