using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Channels.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>The bot with a Twilio account configured and its REST calls going to a <see cref="FakeTwilioApi"/>.</summary>
public sealed class FakeTwilioBot : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "test-auth-token-not-real";
    public const string PublicBase = "https://bot.example.org";

    private readonly BotApplicationFactory factory;

    public FakeTwilioBot(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Sms:Twilio:AccountSid"] = AccountSid,
            ["Sms:Twilio:AuthToken"] = AuthToken,
            ["Sms:Twilio:FromNumber"] = "+15005550001",
            ["Sms:Twilio:RetryDelay"] = "00:00:00.010",
            ["Sms:PublicBaseUrl"] = PublicBase,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        factory = new BotApplicationFactory(all);
        App = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddHttpClient(TwilioRestClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Api);
            configure?.Invoke(services);
        }));
    }

    public FakeTwilioApi Api { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    public string DatabasePath => factory.DatabasePath;

    public SmsWebhookClient Sms(string phone = "+15005550006") => new(App.CreateClient(), phone, AuthToken, PublicBase + "/api/sms/twilio");

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await factory.DisposeAsync();
        Api.Dispose();
    }
}
