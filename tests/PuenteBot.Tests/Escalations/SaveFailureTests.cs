using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Escalations.Rescue;
using PuenteBot.Tests.Channels.BotFramework;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// A crisis while the database cannot be written, on a real SQLite file — full (capped with
/// <c>Storage:MaxSizeMegabytes</c>, SQLite's max_page_count) or locked by another connection — and a real webhook
/// receiver: the care team still hears of it, the family is told the truth, readiness says so, and once the
/// database is back the escalation is in it exactly once.
/// </summary>
public sealed class SaveFailureTests(ITestOutputHelper output)
{
    public enum Outage
    {
        DiskFull,
        WriteLock,
    }

    private const string Promise = "I'm letting your child's care team know now.";
    private const string Unreached = "I could not reach your child's care team just now.";
    private const string UnreachedEs = "No pude comunicarme con el equipo de atención de su hijo o hija en este momento.";

    [Theory]
    [InlineData(Outage.DiskFull, true, "I want to kill myself")]
    [InlineData(Outage.DiskFull, false, "quiero suicidarme")]
    [InlineData(Outage.WriteLock, true, "I want to kill myself")]
    [InlineData(Outage.WriteLock, false, "I want to kill myself")]
    public async Task A_crisis_during_an_outage_reaches_the_care_team_and_later_the_database_exactly_once(Outage outage, bool receiverUp, string crisis)
    {
        using var folder = new TempFolder();
        await using var webhook = await EscalationReceiver.StartAsync();
        var accepting = receiverUp;
        var sent = Stopwatch.StartNew();
        TimeSpan? firstArrival = null;
        webhook.Answer = _ =>
        {
            firstArrival ??= sent.Elapsed;
            return Task.FromResult(accepting ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        };
        var settings = EscalationSettings.With(webhook.Url, connectionString: folder.ConnectionString);
        settings["Storage:MaxSizeMegabytes"] = "1";
        settings["Storage:UrgentWriteTimeout"] = "00:00:01";
        settings["Escalation:Spool:DrainInterval"] = "00:00:00.100";
        await using var bot = new BotFrameworkHost(settings);
        var spanish = crisis.StartsWith("quiero", StringComparison.Ordinal);
        await bot.ExpectRepliesAsync(BotFrameworkHost.Message(spanish ? "hola" : "hello", "http://127.0.0.1:9/", deliveryMode: "expectReplies"));

        var broken = await BreakAsync(outage, folder.ConnectionString);
        sent.Restart();
        var replies = await bot.ExpectRepliesAsync(BotFrameworkHost.Message(crisis, "http://127.0.0.1:9/", deliveryMode: "expectReplies"));
        var answered = sent.Elapsed;
        var ready = await bot.Client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);

        var texts = replies.Select(r => r.Text ?? string.Empty).ToList();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("not_writable", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(await EscalationRows.ReadAsync(folder.ConnectionString), row => row.ConversationId != "filler");
        var spooled = Assert.Single(await bot.Services.GetRequiredService<EscalationSpool>().ReadAllAsync(TestContext.Current.CancellationToken));
        Assert.NotNull(firstArrival);
        if (receiverUp)
        {
            Assert.Contains(texts, t => t.EndsWith(Promise, StringComparison.Ordinal));
            Assert.Equal(["webhook"], spooled.DeliveredBy);
        }
        else
        {
            Assert.Contains(spanish ? UnreachedEs : Unreached, texts[0], StringComparison.Ordinal);
            Assert.Contains("911", texts[0], StringComparison.Ordinal);
            Assert.Contains("988", texts[0], StringComparison.Ordinal);
            Assert.DoesNotContain(texts, t => t.Contains("care team know", StringComparison.Ordinal) || t.Contains("le estoy avisando", StringComparison.Ordinal));
            Assert.Empty(spooled.DeliveredBy);
        }

        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("[5101]", StringComparison.Ordinal) && l.Contains(spooled.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("kill myself", StringComparison.Ordinal) || l.Contains("suicidarme", StringComparison.Ordinal));

        await broken.DisposeAsync();
        accepting = true;
        var stored = await Eventually.ReturnsAsync(
            () => EscalationRows.ReadAsync(folder.ConnectionString),
            rows => rows.Count == 1 && rows[0].State == "delivered",
            "the spooled escalation in the database, delivered");
        await Eventually.ReturnsAsync(
            () => bot.Client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken),
            response => response.StatusCode == HttpStatusCode.OK,
            "ready again");
        await Task.Delay(500, TestContext.Current.CancellationToken);

        Assert.Equal("urgent", Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString)).Urgency);
        Assert.Empty(await bot.Services.GetRequiredService<EscalationSpool>().ReadAllAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, Assert.Single(webhook.Processed).Value);
        Assert.Equal($"{spooled.Id}:webhook", webhook.Processed.Keys.Single());
        if (receiverUp)
        {
            Assert.Single(webhook.Requests);
        }

        output.WriteLine(
            $"{outage}, receiver {(receiverUp ? "accepting" : "refusing until recovery")}: webhook first reached {firstArrival!.Value.TotalMilliseconds:0} ms after the message; "
            + $"family answered after {answered.TotalMilliseconds:0} ms; stored state {stored[0].State}");
    }

    [Fact]
    public async Task A_crisis_by_SMS_while_another_process_holds_the_write_lock_is_answered_honestly_in_time_for_Twilio()
    {
        using var folder = new TempFolder();
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = folder.ConnectionString,
            ["Storage:UrgentWriteTimeout"] = "00:00:01",
        });
        var sms = new Channels.Sms.SmsWebhookClient(bot.CreateClient(), "+15005550021");
        await sms.SendAsync("hola");

        await using var broken = await BreakAsync(Outage.WriteLock, folder.ConnectionString);
        var sent = Stopwatch.StartNew();
        var reply = await sms.SendAsync("me quiero suicidar");
        var answered = sent.Elapsed;

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains("No pude contactar al equipo de su hijo o hija.", reply.Messages[0], StringComparison.Ordinal);
        Assert.Contains("988", reply.Messages[0], StringComparison.Ordinal);
        Assert.True(answered < TimeSpan.FromSeconds(10), $"answered after {answered.TotalMilliseconds:0} ms");
        Assert.Single(await bot.Services.GetRequiredService<EscalationSpool>().ReadAllAsync(TestContext.Current.CancellationToken));
        output.WriteLine($"SMS under a held write lock, no notifier configured: answered after {answered.TotalMilliseconds:0} ms");
    }

    /// <summary>Makes the database refuse writes until the returned handle is disposed.</summary>
    private static async Task<IAsyncDisposable> BreakAsync(Outage outage, string connectionString)
    {
        var connection = new SqliteConnection(connectionString + ";Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return outage == Outage.DiskFull ? await Full.FillAsync(connection) : await Locked.LockAsync(connection);
    }

    /// <summary>Fills the capped database to its last page; disposing deletes the filler (the pages come back free).</summary>
    private sealed class Full(SqliteConnection connection) : IAsyncDisposable
    {
        public static async Task<Full> FillAsync(SqliteConnection connection)
        {
            await ExecuteAsync(connection, "PRAGMA max_page_count = 256; CREATE TABLE IF NOT EXISTS filler (b BLOB);");
            await FillAsync(connection, size => $"INSERT INTO filler VALUES (zeroblob({size}))");
            var row = 0;
            await FillAsync(connection, size => $"""
                INSERT INTO escalations (id, conversation_id, urgency, reason, summary, state, created_at)
                VALUES ('filler{row++}', 'filler', 'routine', 'filler', printf('%.{size}c', 'x'), 'acknowledged', '2000-01-01')
                """);
            return new Full(connection);
        }

        /// <summary>Rows of shrinking size until not even the smallest fits: the table's pages, and the file, are full.</summary>
        private static async Task FillAsync(SqliteConnection connection, Func<int, string> insert)
        {
            foreach (var size in new[] { 16_384, 1_024, 64, 1 })
            {
                try
                {
                    while (true)
                    {
                        await ExecuteAsync(connection, insert(size));
                    }
                }
                catch (SqliteException full) when (full.SqliteErrorCode == 13)
                {
                    // SQLITE_FULL: on to smaller rows.
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await ExecuteAsync(connection, "DELETE FROM filler; DELETE FROM escalations WHERE conversation_id = 'filler';");
            await connection.DisposeAsync();
        }
    }

    /// <summary>Holds the write lock (an open IMMEDIATE transaction with a write in it); disposing rolls it back.</summary>
    private sealed class Locked(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        public static async Task<Locked> LockAsync(SqliteConnection connection)
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO health_probe (probed_at, filler) VALUES ('held', zeroblob(1))";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            return new Locked(connection, transaction);
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
