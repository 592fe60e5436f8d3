using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using PuenteBot.Channels.BotFramework;

namespace PuenteBot.Channels.Sms;

public static class SmsServiceCollectionExtensions
{
    /// <summary>The SMS channel: Twilio webhook, reply shaping, REST sending with retries, and the phone-number store.</summary>
    public static IServiceCollection AddSms(this IServiceCollection services)
    {
        services.AddOptions<SmsOptions>()
            .BindConfiguration(SmsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SmsStore>();
        services.AddSingleton<SmsIdentity>();
        services.AddSingleton<SmsReplyShaper>();
        services.AddSingleton<IReplyShaper, AzureSmsReplyShaper>();
        services.AddSingleton<SmsOptOutRecorder>();
        services.AddSingleton<TwilioSignatureCheck>();
        services.AddSingleton<TwilioWebhook>();
        services.AddSingleton<TwilioStatusCallback>();
        services.AddSingleton<SmsSender>();
        services.AddSingleton<SmsDeliveryQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SmsDeliveryQueue>());
        services.AddSingleton<TwilioRestClient>();
        services.AddHttpClient(TwilioRestClient.HttpClientName)
            .AddResilienceHandler(TwilioRestClient.HttpClientName, (pipeline, context) =>
            {
                var twilio = context.ServiceProvider.GetRequiredService<IOptions<SmsOptions>>().Value.Twilio;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 3,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = twilio.RetryDelay,
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(15));
            });
        return services;
    }

    public static IEndpointRouteBuilder MapSms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sms/twilio", (HttpRequest request, TwilioWebhook webhook, CancellationToken cancellationToken) =>
            webhook.HandleAsync(request, cancellationToken)).DisableAntiforgery();
        app.MapPost(SmsDeliveryQueue.StatusPath, (HttpRequest request, TwilioStatusCallback callback, CancellationToken cancellationToken) =>
            callback.HandleAsync(request, cancellationToken)).DisableAntiforgery();
        return app;
    }
}
