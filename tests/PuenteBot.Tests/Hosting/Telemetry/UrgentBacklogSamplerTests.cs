using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Hosting.Telemetry;
using PuenteBot.Tests.Escalations;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Hosting.Telemetry;

/// <summary>The age behind the oldest-unacknowledged-urgent gauge, on either provider's database.</summary>
public class UrgentBacklogSamplerTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_age_is_that_of_the_oldest_urgent_escalation_no_clinician_acknowledged(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var ct = TestContext.Current.CancellationToken;
        var now = new FakeTimeProvider(SeededEscalations.Start.AddHours(2));
        var sampler = new UrgentBacklogSampler(bot.Services.GetRequiredService<EscalationOutbox>(), new TelemetryExporters(["otlp"]), now, NullLogger<UrgentBacklogSampler>.Instance);
        var none = await sampler.SampleAsync(ct);
        await SeededEscalations.AddAsync(bot.Store, "c-acknowledged", "urgent", SeededEscalations.Start);
        await SeededEscalations.AddAsync(bot.Store, "c-routine", "routine", SeededEscalations.Start.AddMinutes(10));
        await SeededEscalations.AddAsync(bot.Store, "c-waiting", "urgent", SeededEscalations.Start.AddMinutes(20));
        await SeededEscalations.AddAsync(bot.Store, "c-later", "urgent", SeededEscalations.Start.AddMinutes(90));
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var acknowledged = (await store.ForConversationAsync("c-acknowledged", 1, ct)).Single();
        Assert.True(await store.AcknowledgeAsync(acknowledged.Id, "Dr. Ruiz", ct));

        var waiting = await sampler.SampleAsync(ct);

        Assert.Equal(0, none);
        Assert.Equal(TimeSpan.FromMinutes(100).TotalSeconds, waiting);
    }

    [Fact]
    public async Task Nothing_is_known_while_the_database_cannot_say()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices($"Data Source={folder.Path}"); // a folder, not a database file
        var sampler = new UrgentBacklogSampler(bot.Services.GetRequiredService<EscalationOutbox>(), new TelemetryExporters(["otlp"]), TimeProvider.System, NullLogger<UrgentBacklogSampler>.Instance);

        Assert.Null(await sampler.SampleAsync(TestContext.Current.CancellationToken));
    }
}
