using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PuenteBot.Channels.Sms;
using PuenteBot.Hosting;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>
/// One instance of the bot's SMS side (the real <c>AddConversationStore</c> or <c>AddPuenteBotCore</c>, and <c>AddSms</c>; the Twilio
/// routes on a test server, the outbox worker as a hosted service) on a <see cref="TestDatabase"/>, its REST calls
/// going to a <see cref="FakeTwilioApi"/>. Several on one database stand for several processes; one built but not
/// started stands for a process that queued messages and stopped before sending them.
/// </summary>
public sealed class SmsInstance : IAsyncDisposable
{
    private readonly WebApplication app;
    private bool started;

    /// <param name="turns">With the whole turn pipeline (<c>AddPuenteBotCore</c>), so the webhook answers; otherwise only the conversation store.</param>
    /// <param name="configure">Changes to the services, after all are registered (<see cref="Decorate{T}"/> a store).</param>
    /// <param name="sends">False: no outbox worker, a process that stops before it sends what its turns queued.</param>
    /// <param name="settings">Settings over the defaults (<c>Sms:ReplyWithin</c>).</param>
    public SmsInstance(
        TestDatabase database,
        FakeTwilioApi api,
        CapturingLoggerProvider? logs = null,
        bool turns = false,
        Action<IServiceCollection>? configure = null,
        bool sends = true,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(database.Settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sms:Twilio:AccountSid"] = FakeTwilioBot.AccountSid,
            ["Sms:Twilio:AuthToken"] = FakeTwilioBot.AuthToken,
            ["Sms:Twilio:FromNumber"] = "+15005550001",
            ["Sms:Twilio:RetryDelay"] = "00:00:00.010",
            ["Sms:PublicBaseUrl"] = FakeTwilioBot.PublicBase,
            ["Sms:Outbox:BaseDelay"] = "00:00:00.050",
            ["Sms:Outbox:MaxDelay"] = "00:00:00.200",
            ["Sms:Outbox:PollInterval"] = "00:00:00.200",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
        }

        if (turns)
        {
            builder.Services.AddPuenteBotCore();
        }
        else
        {
            builder.Services.AddSingleton(TimeProvider.System).AddConversationStore();
        }

        builder.Services.AddSms();
        if (!sends)
        {
            builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(SmsOutboxWorker)));
        }

        configure?.Invoke(builder.Services);

        builder.Services.AddHttpClient(TwilioRestClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => api);
        app = builder.Build();
        app.MapSms();
    }

    public IServiceProvider Services => app.Services;

    public T Service<T>()
        where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>Starts the host: the outbox worker begins sending.</summary>
    public async Task<SmsInstance> StartAsync()
    {
        await app.StartAsync(TestContext.Current.CancellationToken);
        started = true;
        return this;
    }

    /// <summary>A client for the Twilio routes, posting as Twilio does for the family at <paramref name="phone"/>.</summary>
    public SmsWebhookClient Sms(string phone = "+15005550006") =>
        new(app.GetTestClient(), phone, FakeTwilioBot.AuthToken, FakeTwilioBot.PublicBase + "/api/sms/twilio");

    /// <summary>Puts <paramref name="wrap"/> around the registered <typeparamref name="T"/> (a store registered by a factory).</summary>
    public static void Decorate<T>(IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(registered);
        services.AddSingleton(sp => wrap((T)registered.ImplementationFactory!(sp)));
    }

    public async ValueTask DisposeAsync()
    {
        if (started)
        {
            await app.StopAsync();
        }

        await app.DisposeAsync();
    }
}
