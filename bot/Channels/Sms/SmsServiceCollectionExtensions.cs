using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using PuenteBot.Channels.BotFramework;
using PuenteBot.Channels.Sms.Postgres;
using PuenteBot.Channels.Sms.Sqlite;
using PuenteBot.Escalations.Delivery;
using PuenteBot.State;

namespace PuenteBot.Channels.Sms;

public static class SmsServiceCollectionExtensions
{
    /// <summary>
    /// The SMS channel: Twilio webhook, reply shaping, the phone-number store and the outbox on the database
    /// <c>Storage:Provider</c> names, and the worker that sends the outbox through the REST API with retries.
    /// Call after the conversation store is registered.
    /// </summary>
    /// <summary>
    /// The SMS tables' store (<see cref="ISmsStore"/>: phone numbers, message ids, and the install's settings such as the
    /// phone-hash salt and the invitation key), once, whoever asks first: the SMS channel or the family invitations.
    /// </summary>
    public static IServiceCollection AddSmsStore(this IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(ISmsStore)) ? services : services.AddByProvider<ISmsStore, SqliteSmsStore, PostgresSmsStore>();

    public static IServiceCollection AddSms(this IServiceCollection services)
    {
        services.AddOptions<SmsOptions>()
            .BindConfiguration(SmsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSmsStore();
        services.AddByProvider<ISmsOutbox, SqliteSmsOutbox, PostgresSmsOutbox>();
        services.AddSingleton<SmsIdentity>();
        services.AddSingleton<SmsReplyShaper>();
        services.AddSingleton<IReplyShaper, AzureSmsReplyShaper>();
        services.AddSingleton<SmsOptOutRecorder>();
        services.AddSingleton<ErasedSmsContacts>();
        services.AddSingleton<TwilioSignatureCheck>();
        services.AddSingleton<TwilioWebhook>();
        services.AddSingleton<TwilioStatusCallback>();
        services.AddSingleton<SmsSender>();
        services.AddSingleton<SmsOutboxBypass>();
        services.AddKeyedSingleton<EscalationSignal>(SmsOutboxWorker.SignalKey);
        services.AddHostedService<SmsOutboxWorker>();
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
        app.MapPost(TwilioStatusCallback.Path, (HttpRequest request, TwilioStatusCallback callback, CancellationToken cancellationToken) =>
            callback.HandleAsync(request, cancellationToken)).DisableAntiforgery();
        return app;
    }
}
