using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations.Rescue;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

public class SpoolDrainerTests
{
    [Fact]
    public async Task A_spooled_escalation_reaches_the_database_once_even_when_its_file_is_drained_twice()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var spool = bot.Services.GetRequiredService<EscalationSpool>();
        var drainer = bot.Services.GetRequiredService<SpoolDrainer>();
        var now = DateTimeOffset.UtcNow;
        var write = new EscalationRequest(Urgency.Urgent, "suicide", new JsonObject { ["language"] = "es", ["channel"] = "sms" });
        var spooled = SpooledEscalation.From("c-spool", write, now);

        Assert.True(await spool.TryWriteAsync(spooled, TestContext.Current.CancellationToken));
        Assert.Equal(0, await drainer.DrainOnceAsync(TestContext.Current.CancellationToken));
        Assert.True(await spool.TryWriteAsync(spooled, TestContext.Current.CancellationToken));
        Assert.Equal(0, await drainer.DrainOnceAsync(TestContext.Current.CancellationToken));

        var row = Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
        Assert.Equal(("c-spool", "urgent", "suicide", "pending"), (row.ConversationId, row.Urgency, row.Reason, row.State));
        Assert.Empty(await spool.ReadAllAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Path.Combine(folder.Path, "spool"), spool.Folder);
    }

    [Fact]
    public async Task A_spool_file_is_readable_by_the_bot_s_user_only()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var spool = bot.Services.GetRequiredService<EscalationSpool>();
        var write = new EscalationRequest(Urgency.Urgent, "suicide", []);

        Assert.True(await spool.TryWriteAsync(SpooledEscalation.From("c-mode", write, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken));

        var file = Assert.Single(Directory.GetFiles(spool.Folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }
}
