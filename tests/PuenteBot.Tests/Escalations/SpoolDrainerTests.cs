using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Postgres;
using PuenteBot.Escalations.Rescue;
using PuenteBot.State;
using PuenteBot.State.Postgres;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

public class SpoolDrainerTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_spooled_escalation_reaches_the_database_once_even_when_its_file_is_drained_twice(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var spool = bot.Services.GetRequiredService<EscalationSpool>();
        var drainer = bot.Services.GetRequiredService<SpoolDrainer>();
        var now = DateTimeOffset.UtcNow;
        var write = new EscalationRequest(Urgency.Urgent, "suicide", new JsonObject { ["language"] = "es", ["channel"] = "sms" });
        var spooled = SpooledEscalation.From("c-spool", write, now);

        Assert.True(await spool.TryWriteAsync(spooled, TestContext.Current.CancellationToken));
        Assert.Equal(0, await drainer.DrainOnceAsync(TestContext.Current.CancellationToken));
        Assert.True(await spool.TryWriteAsync(spooled, TestContext.Current.CancellationToken));
        Assert.Equal(0, await drainer.DrainOnceAsync(TestContext.Current.CancellationToken));

        var row = Assert.Single(await EscalationRows.ReadAsync(db));
        Assert.Equal(("c-spool", "urgent", "suicide", "pending"), (row.ConversationId, row.Urgency, row.Reason, row.State));
        Assert.Empty(await spool.ReadAllAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Path.Combine(db.Folder, "spool"), spool.Folder);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_spooled_escalation_every_notifier_delivered_comes_in_delivered_and_the_worker_does_not_send_it_again(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services(settings: EscalationSettings.With(webhookUrl: "http://127.0.0.1:9/hook"));
        var spool = bot.Services.GetRequiredService<EscalationSpool>();
        var ct = TestContext.Current.CancellationToken;
        var write = new EscalationRequest(Urgency.Urgent, "suicide", new JsonObject { ["language"] = "en", ["channel"] = "sms" });
        var spooled = SpooledEscalation.From("c-reached", write, SeededEscalations.Start) with { DeliveredBy = ["webhook"] };

        Assert.True(await spool.TryWriteAsync(spooled, ct));
        Assert.Equal(0, await bot.Services.GetRequiredService<SpoolDrainer>().DrainOnceAsync(ct));

        var stored = await bot.Services.GetRequiredService<IEscalationStore>().GetAsync(spooled.Id, ct);
        Assert.Equal(EscalationStates.Delivered, stored!.State);
        var outbox = bot.Services.GetRequiredService<EscalationOutbox>();
        var delivery = Assert.Single(await outbox.DeliveriesAsync(spooled.Id, ct));
        Assert.Equal(("webhook", EscalationStates.Delivered, 1, $"{spooled.Id}:webhook"), (delivery.Notifier, delivery.State, delivery.Attempts, delivery.IdempotencyKey));
        Assert.Null(await outbox.ClaimNextAsync(["webhook"], SeededEscalations.Start.AddHours(1), TimeSpan.FromSeconds(15), ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_spool_file_is_readable_by_the_bot_s_user_only(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var spool = bot.Services.GetRequiredService<EscalationSpool>();
        var write = new EscalationRequest(Urgency.Urgent, "suicide", []);

        Assert.True(await spool.TryWriteAsync(SpooledEscalation.From("c-mode", write, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken));

        var file = Assert.Single(Directory.GetFiles(spool.Folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task With_PostgreSQL_the_spool_is_in_the_user_s_local_data_folder_unless_configured()
    {
        var storage = Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = "Host=127.0.0.1;Database=none" });
        await using var database = new PostgresDatabase(storage);
        var store = new PostgresRescueStore(database);
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);

        var byDefault = new EscalationSpool(Options.Create(new EscalationOptions()), store);
        var configured = new EscalationSpool(Options.Create(new EscalationOptions { Spool = { Folder = "/var/spool/puentebot" } }), store);

        Assert.Equal(Path.Combine(local, "PuenteBot", "spool"), byDefault.Folder);
        Assert.Equal(Path.GetFullPath("/var/spool/puentebot"), configured.Folder);
    }
}
