using Microsoft.AspNetCore.Http;
using PuenteBot.Escalations;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>At least once: a receiver that is down gets the escalation when it comes back, and a stopped process's delivery is finished by the next one.</summary>
public class RetryAndRestartTests
{
    private const string Crisis = "I want to kill myself";

    [Fact]
    public async Task A_receiver_that_is_down_for_a_while_gets_the_escalation_once_when_it_returns()
    {
        var port = EscalationReceiver.FreePort();
        await using var bot = new DeliveryBot(EscalationSettings.With(webhookUrl: $"http://127.0.0.1:{port}/hook"));

        await bot.SayAsync("conv-down", Crisis);
        var pending = await bot.SingleEscalationAsync(EscalationStates.Pending);
        await Eventually.ReturnsAsync(
            () => bot.Outbox.DeliveriesAsync(pending.Id, TestContext.Current.CancellationToken),
            deliveries => deliveries.Count == 1 && deliveries[0].Attempts >= 4,
            "three failed tries (a claim counts its try, so the fourth may be under way)");
        var failing = Assert.Single(await bot.Outbox.DeliveriesAsync(pending.Id, TestContext.Current.CancellationToken));
        Assert.Equal(EscalationStates.Pending, failing.State);
        Assert.StartsWith("HTTP ", failing.LastError, StringComparison.Ordinal);

        await using var receiver = await EscalationReceiver.StartAsync(port);
        var delivered = await bot.SingleEscalationAsync(EscalationStates.Delivered);

        var key = $"{delivered.Id}:webhook";
        Assert.Equal(1, Assert.Single(receiver.Processed, p => p.Key == key).Value);
        var status = Assert.Single(await bot.Outbox.DeliveriesAsync(delivered.Id, TestContext.Current.CancellationToken));
        Assert.Equal((EscalationStates.Delivered, (string?)null), (status.State, status.LastError));
        Assert.True(status.Attempts >= failing.Attempts);
    }

    [Fact]
    public async Task Failed_answers_are_retried_with_the_same_key_and_body_until_one_is_accepted()
    {
        await using var receiver = await EscalationReceiver.StartAsync();
        var answers = new Queue<int>([StatusCodes.Status503ServiceUnavailable, StatusCodes.Status500InternalServerError, StatusCodes.Status429TooManyRequests]);
        receiver.Answer = _ => Task.FromResult(answers.TryDequeue(out var status) ? status : StatusCodes.Status200OK);
        await using var bot = new DeliveryBot(EscalationSettings.With(webhookUrl: receiver.Url));

        await bot.SayAsync("conv-retry", Crisis);
        var delivered = await bot.SingleEscalationAsync(EscalationStates.Delivered);

        var requests = receiver.Requests.ToArray();
        Assert.Equal(4, requests.Length);
        Assert.All(requests, r => Assert.Equal($"{delivered.Id}:webhook", r.Header("Idempotency-Key")));
        Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
        Assert.Equal(["1", "2", "3", "4"], requests.Select(r => r.Header("X-PuenteBot-Attempt")));
        Assert.Equal(1, Assert.Single(receiver.Processed).Value);
    }

    [Fact]
    public async Task The_last_failed_try_dead_letters_the_escalation()
    {
        await using var receiver = await EscalationReceiver.StartAsync();
        receiver.Answer = _ => Task.FromResult(StatusCodes.Status502BadGateway);
        var settings = EscalationSettings.With(webhookUrl: receiver.Url);
        settings["Escalation:Delivery:MaxAttempts"] = "3";
        await using var bot = new DeliveryBot(settings);

        await bot.SayAsync("conv-dead", Crisis);
        var dead = await bot.SingleEscalationAsync(EscalationStates.DeadLetter);

        var status = Assert.Single(await bot.Outbox.DeliveriesAsync(dead.Id, TestContext.Current.CancellationToken));
        Assert.Equal((EscalationStates.DeadLetter, 3, "HTTP 502"), (status.State, status.Attempts, status.LastError));
        Assert.Equal(3, receiver.Requests.Count);
    }

    [Fact]
    public async Task A_delivery_cut_off_by_the_process_stopping_is_made_by_the_next_process_on_the_same_database()
    {
        using var folder = new TempFolder();
        await using var receiver = await EscalationReceiver.StartAsync();
        var held = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.Answer = _ =>
        {
            first.TrySetResult();
            return held.Task;
        };
        var settings = EscalationSettings.With(webhookUrl: receiver.Url, connectionString: folder.ConnectionString);

        string id;
        await using (var before = new DeliveryBot(settings))
        {
            await before.SayAsync("conv-restart", Crisis);
            await first.Task.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
            id = (await before.SingleEscalationAsync(EscalationStates.Pending)).Id;
        }

        held.SetResult(StatusCodes.Status200OK);
        receiver.Answer = _ => Task.FromResult(StatusCodes.Status200OK);
        await using var after = new DeliveryBot(settings);
        var delivered = await after.SingleEscalationAsync(EscalationStates.Delivered);

        Assert.Equal(id, delivered.Id);
        Assert.True(receiver.Requests.Count >= 2);
        Assert.All(receiver.Requests, r => Assert.Equal($"{id}:webhook", r.Header("Idempotency-Key")));
        Assert.Single(receiver.Processed);
    }

    [Fact]
    public async Task After_a_process_died_during_a_try_the_next_process_sends_the_following_attempt_number()
    {
        using var folder = new TempFolder();
        await using var receiver = await EscalationReceiver.StartAsync();
        string id;
        await using (var died = new DeliveryBot(EscalationSettings.With(connectionString: folder.ConnectionString)))
        {
            await died.SayAsync("conv-crash", Crisis);
            id = (await died.SingleEscalationAsync(EscalationStates.Pending)).Id;
            var claimed = await died.Outbox.ClaimNextAsync(["webhook"], DateTimeOffset.UtcNow, TimeSpan.Zero, TestContext.Current.CancellationToken);
            Assert.Equal(id, claimed?.Escalation.Id);
        }

        await using var after = new DeliveryBot(EscalationSettings.With(webhookUrl: receiver.Url, connectionString: folder.ConnectionString));
        await after.SingleEscalationAsync(EscalationStates.Delivered);

        var request = Assert.Single(receiver.Requests);
        Assert.Equal("2", request.Header("X-PuenteBot-Attempt"));
        Assert.Equal($"{id}:webhook", request.Header("Idempotency-Key"));
        Assert.Equal(2, Assert.Single(await after.Outbox.DeliveriesAsync(id, TestContext.Current.CancellationToken)).Attempts);
    }
}
