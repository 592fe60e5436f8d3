using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Npgsql;
using PuenteBot.State;
using PuenteBot.Tests.Escalations;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.ScaleOut;

/// <summary>
/// Two bot processes on one PostgreSQL database, as two instances behind a load balancer: turns of one conversation
/// split across them lose nothing, escalations raised on both reach the care team once each, and what an instance
/// killed mid-delivery left undelivered is delivered by the other.
/// </summary>
public class TwoInstanceTests
{
    private const string Secret = "two-instance-webhook-secret";

    private static Dictionary<string, string?> Settings(TestDatabase database, string instance, EscalationReceiver? receiver = null)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Escalation:Spool:Folder"] = Path.Combine(database.Folder, "spool-" + instance),
            ["Escalation:Delivery:PollInterval"] = "00:00:01",
            ["Escalation:Delivery:BaseDelay"] = "00:00:01",
            ["Escalation:Delivery:MaxDelay"] = "00:00:01",
            ["Escalation:Delivery:AttemptTimeout"] = "00:00:03",
        };
        if (receiver is not null)
        {
            settings["Escalation:Webhook:Url"] = receiver.Url;
            settings["Escalation:Webhook:Secret"] = Secret;
        }

        return settings;
    }

    private static async Task<HttpResponseMessage> SayAsync(ServerProcess instance, string conversationId, string text, int n)
    {
        using var http = new HttpClient { BaseAddress = instance.Address, Timeout = TimeSpan.FromSeconds(60) };
        return await http.PostAsJsonAsync("api/messages", new
        {
            type = "message",
            id = $"{conversationId}-{n}",
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9/",
            from = new { id = "family-" + conversationId },
            recipient = new { id = "bot" },
            conversation = new { id = conversationId },
            text,
            locale = "es-US",
            deliveryMode = "expectReplies",
        }, TestContext.Current.CancellationToken);
    }

    private static async Task<long> CountAsync(TestDatabase database, string sql, string conversationId)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("c", conversationId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string EscalationId(EscalationReceiver.Request request) =>
        JsonDocument.Parse(request.Body).RootElement.GetProperty("id").GetString()!;

    [Fact]
    public async Task Fifty_concurrent_turns_of_one_conversation_split_across_two_instances_lose_no_update()
    {
        await using var database = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        await using var a = await ServerProcess.StartAsync(Settings(database, "a"));
        await using var b = await ServerProcess.StartAsync(Settings(database, "b"));

        var answers = await Task.WhenAll(Enumerable.Range(1, 50).Select(n => SayAsync(n % 2 == 0 ? a : b, "split-50", $"mensaje {n}", n)));

        Assert.All(answers, answer => Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(50, await CountAsync(database, "SELECT count(DISTINCT activity_id) FROM conversation_log WHERE conversation_id = @c AND direction = 'in'", "split-50"));
        Assert.Equal(50, await CountAsync(database, "SELECT (data::jsonb ->> 'turnCount')::bigint FROM conversations WHERE id = @c", "split-50"));
    }

    [Fact]
    public async Task Twenty_escalations_raised_on_both_instances_reach_the_care_team_once_each()
    {
        await using var receiver = await EscalationReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        await using var a = await ServerProcess.StartAsync(Settings(database, "a", receiver));
        await using var b = await ServerProcess.StartAsync(Settings(database, "b", receiver));

        await Task.WhenAll(Enumerable.Range(1, 20).Select(n => SayAsync(n % 2 == 0 ? a : b, $"crisis-{n}", "mi hijo dice que se quiere matar esta noche, tiene las pastillas", n)));
        await receiver.WaitUntilAsync(r => r.Processed.Count >= 20);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        Assert.Equal(20, receiver.Requests.Select(EscalationId).Distinct().Count());
        Assert.Equal(20, receiver.Requests.Count);
        Assert.All(receiver.Processed.Values, times => Assert.Equal(1, times));
    }

    [Fact]
    public async Task Escalations_an_instance_left_undelivered_when_it_was_killed_are_delivered_by_the_other()
    {
        await using var receiver = await EscalationReceiver.StartAsync();
        var open = false;
        receiver.Answer = _ => Task.FromResult(Volatile.Read(ref open) ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        await using var database = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        await using var a = await ServerProcess.StartAsync(Settings(database, "a", receiver));

        await Task.WhenAll(Enumerable.Range(1, 10).Select(n => SayAsync(a, $"killed-{n}", "my daughter has a knife and says she will end it tonight", n)));
        await receiver.WaitUntilAsync(r => r.Requests.Select(EscalationId).Distinct().Count() >= 10);
        a.Kill();

        await using var b = await ServerProcess.StartAsync(Settings(database, "b", receiver));
        Volatile.Write(ref open, true);
        await receiver.WaitUntilAsync(r => r.Processed.Count >= 10);

        Assert.Equal(10, receiver.Processed.Count);
        Assert.Equal(10, receiver.Requests.Select(EscalationId).Distinct().Count());
    }
}
