using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Postgres;
using PuenteBot.Escalations.Rescue;
using PuenteBot.Hosting.Health;
using PuenteBot.State;
using PuenteBot.State.Postgres;
using PuenteBot.Tests.Escalations;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Hosting;

/// <summary>The readiness check on urgent escalations, on either provider's database and the spool.</summary>
public class UrgentDeliveryHealthCheckTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unhealthy_while_an_urgent_escalation_waits_undelivered_past_AlertAfter_in_the_database_or_the_spool(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services(settings: new Dictionary<string, string?> { ["Escalation:Delivery:AlertAfter"] = "00:05:00" });
        var check = ActivatorUtilities.CreateInstance<UrgentDeliveryHealthCheck>(bot.Services);
        var ct = TestContext.Current.CancellationToken;
        await SeededEscalations.AddAsync(bot.Store, "c-recent", "urgent", DateTimeOffset.UtcNow.AddMinutes(-1));
        await SeededEscalations.AddAsync(bot.Store, "c-routine", "routine", DateTimeOffset.UtcNow.AddHours(-1));

        var fresh = await check.CheckHealthAsync(new HealthCheckContext(), ct);
        await SeededEscalations.AddAsync(bot.Store, "c-old", "urgent", DateTimeOffset.UtcNow.AddMinutes(-6));
        var stale = await check.CheckHealthAsync(new HealthCheckContext(), ct);
        var spooled = SpooledEscalation.From("c-spooled", new EscalationRequest(Urgency.Urgent, "suicide", []), DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.True(await bot.Services.GetRequiredService<EscalationSpool>().TryWriteAsync(spooled, ct));
        var alsoSpooled = await check.CheckHealthAsync(new HealthCheckContext(), ct);

        Assert.Equal((HealthStatus.Healthy, "ok"), (fresh.Status, fresh.Description));
        Assert.Equal((HealthStatus.Unhealthy, "undelivered", (object)1L), (stale.Status, stale.Description, stale.Data["urgentUndelivered"]));
        Assert.Equal((object)2L, alsoSpooled.Data["urgentUndelivered"]);
    }

    [Fact]
    public async Task Unknown_when_the_PostgreSQL_server_does_not_answer()
    {
        var storage = Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = "Host=127.0.0.1;Port=9;Database=none;Username=none;Timeout=2" });
        await using var database = new PostgresDatabase(storage);
        using var folder = new TempFolder();
        var options = Options.Create(new EscalationOptions { Spool = { Folder = folder.Path } });
        var check = new UrgentDeliveryHealthCheck(new PostgresEscalationOutbox(database), new EscalationSpool(options, new PostgresRescueStore(database)), options, TimeProvider.System);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal((HealthStatus.Unhealthy, "unknown"), (result.Status, result.Description));
    }
}
