using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Tests.Channels.BotFramework;

namespace PuenteBot.Tests.Escalations;

/// <summary>The worker's retries follow the clock it is given: the next try waits until the backoff has passed on it.</summary>
public class BackoffClockTests
{
    [Fact]
    public async Task A_failed_try_is_retried_only_once_the_clock_passes_the_backoff()
    {
        var start = new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        await using var receiver = await EscalationReceiver.StartAsync();
        var failFirst = 1;
        receiver.Answer = _ => Task.FromResult(Interlocked.Exchange(ref failFirst, 0) == 1 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        var settings = EscalationSettings.With(webhookUrl: receiver.Url);
        settings["Escalation:Delivery:BaseDelay"] = "00:01:00";
        settings["Escalation:Delivery:MaxDelay"] = "00:10:00";
        settings["Escalation:Delivery:PollInterval"] = "01:00:00";
        await using var bot = new BotFrameworkHost(settings, services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var outbox = bot.Services.GetRequiredService<EscalationOutbox>();
        var ct = TestContext.Current.CancellationToken;

        await bot.ExpectRepliesAsync(BotFrameworkHost.Message("I want to kill myself", "http://127.0.0.1:9/", deliveryMode: "expectReplies"));
        var id = (await store.QueueAsync(1, ct))[0].Id;
        var failed = await Eventually.ReturnsAsync(
            async () => (await outbox.DeliveriesAsync(id, ct)).SingleOrDefault(),
            delivery => delivery is { Attempts: 1, LastError: not null },
            "the first try to fail");

        Assert.Single(receiver.Requests);
        Assert.InRange(failed!.NextAttemptAt - clock.GetUtcNow(), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));

        clock.Advance(TimeSpan.FromSeconds(61));
        var delivered = await Eventually.ReturnsAsync(() => store.GetAsync(id, ct), e => e?.State == EscalationStates.Delivered, "the retry");

        Assert.Equal(2, receiver.Requests.Count);
        Assert.Equal(start, delivered!.CreatedAt);
    }
}
