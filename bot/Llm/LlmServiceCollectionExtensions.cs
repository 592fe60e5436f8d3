using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using PuenteBot.Dialogs.Grounding;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Llm;

/// <summary>
/// The clinic's Azure OpenAI deployment behind <see cref="IChatClient"/> (Azure.AI.OpenAI through
/// Microsoft.Extensions.AI), or none when <c>AzureOpenAI:Endpoint</c> or <c>AzureOpenAI:Deployment</c> is empty.
/// Calls go through one HttpClient with a total timeout (<see cref="LlmOptions.Timeout"/>), one retry of a transient
/// failure, and a circuit breaker that stops calling a failing deployment for <see cref="BreakFor"/>; the SDK's own
/// retries are off so the pipeline alone decides.
/// </summary>
public static class LlmServiceCollectionExtensions
{
    public const string HttpClientName = "azure-openai";

    /// <summary>How long a failing deployment is left alone before the next try.</summary>
    public static readonly TimeSpan BreakFor = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddLanguageModel(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section)
            .Validate(o => o.Endpoint.Length == 0 || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _), "AzureOpenAI:Endpoint must be an absolute URL (https://<resource>.openai.azure.com/).")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromSeconds(8), "AzureOpenAI:Timeout must be between 0 and 8 seconds (an SMS reply is waited for at most 10 s).")
            .ValidateOnStart();
        services.AddHttpClient(HttpClientName)
            .AddResilienceHandler(HttpClientName, (pipeline, context) =>
            {
                var timeout = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value.Timeout;
                pipeline.AddTimeout(timeout);
                pipeline.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 1, BackoffType = DelayBackoffType.Constant, Delay = TimeSpan.FromMilliseconds(200) });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 4,
                    SamplingDuration = TimeSpan.FromSeconds(60),
                    BreakDuration = BreakFor,
                });
            });
        services.AddSingleton(sp => new LanguageModel(
            Connect(sp),
            sp.GetRequiredService<IOptions<LlmOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LanguageModel>>()));
        services.AddSingleton<AnswerGuard>();
        services.AddSingleton<GroundedAnswers>();
        services.AddSingleton<IQuestionFallback>(sp => sp.GetRequiredService<GroundedAnswers>());
        services.AddSingleton<DangerSecondOpinion>();
        services.AddSingleton<IntentFallback>();
        return services;
    }

    private static IChatClient? Connect(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        if (!options.IsConfigured)
        {
            return null;
        }

        var clientOptions = new AzureOpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout,
        };
        var endpoint = new Uri(options.Endpoint);
        var client = options.ApiKey.Length > 0
            ? new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), clientOptions)
            : new AzureOpenAIClient(endpoint, Identity(options), clientOptions);
        return client.GetChatClient(options.Deployment).AsIChatClient();
    }

    private static DefaultAzureCredential Identity(LlmOptions options) =>
        options.ManagedIdentityClientId.Length > 0
            ? new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId })
            : new DefaultAzureCredential();
}
