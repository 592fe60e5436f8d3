using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace PuenteBot.Channels.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework channel: the app identity (top-level <c>MicrosoftApp*</c> keys) and the
    /// <c>BotFramework</c> section, checked at start-up; token validation; the connector client with retries.
    /// </summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services)
    {
        services.AddOptions<BotAppCredentials>().Configure<IConfiguration>((credentials, configuration) => configuration.Bind(credentials)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAppCredentials>, BotAppCredentialsValidator>();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.Section)
            .Validate(options => options.ClockSkew >= TimeSpan.Zero && options.MaxRetries >= 0 && options.RetryBaseDelay >= TimeSpan.Zero, "BotFramework: ClockSkew, MaxRetries and RetryBaseDelay must not be negative.")
            .Validate(options => options.AllowedServiceUrls.All(ServiceUrlAllowList.IsWellFormed), BotFrameworkOptions.AllowListProblem)
            .Validate(
                options => new[] { options.OpenIdMetadataUrl, options.EmulatorOpenIdMetadataUrl, options.AuthorityHost, options.OAuthScope }.All(url => Uri.IsWellFormedUriString(url, UriKind.Absolute)),
                "BotFramework: OpenIdMetadataUrl, EmulatorOpenIdMetadataUrl, AuthorityHost and OAuthScope must be absolute URLs.")
            .ValidateOnStart();

        services.AddHttpClient(BotFrameworkHttpClients.OpenIdMetadata);
        services.AddHttpClient(BotFrameworkHttpClients.Token);
        services.AddHttpClient(BotFrameworkHttpClients.Connector)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("connector", AddRetries);

        services.AddSingleton<ServiceUrlAllowList>();
        services.AddSingleton<BotFrameworkTokenValidator>();
        services.AddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<ConnectorClient>(
            provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(BotFrameworkHttpClients.Connector)));
        services.AddSingleton<IReplyShaper, CardLinkShaper>();
        services.AddSingleton<BotFrameworkChannel>();
        return services;
    }

    /// <summary>Maps <c>/api/messages</c>; warns once when it is open to unauthenticated callers on other machines.</summary>
    public static IEndpointRouteBuilder MapBotFrameworkChannel(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
        {
            var channel = services.GetRequiredService<BotFrameworkChannel>();
            if (channel.AllowsRemoteAnonymous)
            {
                BotFrameworkLog.AnonymousAllowed(channel.Logger);
            }
        });

        app.MapPost(BotFrameworkEndpoint.Route, (RequestDelegate)BotFrameworkEndpoint.HandleAsync);
        return app;
    }

    private static void AddRetries(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }
}
