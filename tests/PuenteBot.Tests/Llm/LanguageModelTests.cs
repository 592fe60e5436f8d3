using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Llm;

/// <summary>The real Azure.AI.OpenAI client, wired as the bot wires it, against a local OpenAI-compatible server.</summary>
public sealed class LanguageModelTests
{
    public sealed record Reading(string Level, string? Kind);

    private static readonly ChatMessage[] Question = [new(ChatRole.System, "Classify."), new(ChatRole.User, "hello")];

    [Fact]
    public async Task Structured_answer_comes_back_through_the_Azure_client_with_the_deployment_in_the_path()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.ReplyWith(new Reading("possible", "suicide"));
        await using var bot = Bot(server.Settings);

        var reading = await Model(bot).AskAsync<Reading>("test", Question, TestContext.Current.CancellationToken);

        Assert.Equal(new Reading("possible", "suicide"), reading);
        var call = Assert.Single(server.Calls);
        Assert.StartsWith($"/openai/deployments/{FakeOpenAiServer.Deployment}/chat/completions", call.Path);
        Assert.Equal(nameof(Reading), call.Schema);
        Assert.Equal(0, (double)call.Body["temperature"]!);
    }

    [Fact]
    public async Task A_slow_deployment_gives_null_within_the_timeout()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            return "{}";
        };
        await using var bot = Bot(new Dictionary<string, string?>(server.Settings) { ["AzureOpenAI:Timeout"] = "00:00:01" });

        var clock = Stopwatch.StartNew();
        var reading = await Model(bot).AskAsync<Reading>("test", Question, TestContext.Current.CancellationToken);

        Assert.Null(reading);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_failing_deployment_is_retried_once_then_gives_null()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = _ => throw new HttpRequestException("overloaded", null, System.Net.HttpStatusCode.ServiceUnavailable);
        await using var bot = Bot(server.Settings);

        Assert.Null(await Model(bot).AskAsync<Reading>("test", Question, TestContext.Current.CancellationToken));
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task An_answer_out_of_shape_gives_null()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = _ => Task.FromResult("Sure! Here is what I think: possible.");
        await using var bot = Bot(server.Settings);

        Assert.Null(await Model(bot).AskAsync<Reading>("test", Question, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task No_deployment_configured_means_no_model_and_no_call()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var bot = Bot(new Dictionary<string, string?> { ["AzureOpenAI:ApiKey"] = "set-but-no-endpoint" });

        var model = Model(bot);

        Assert.False(model.IsAvailable);
        Assert.Null(await model.AskAsync<Reading>("test", Question, TestContext.Current.CancellationToken));
        Assert.Empty(server.Calls);
    }

    [Fact]
    public async Task Logs_carry_purpose_duration_and_tokens_but_no_text()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.ReplyWith(new Reading("none", null));
        var logs = new CapturingLoggerProvider();
        await using var bot = Bot(server.Settings, logs);

        await Model(bot).AskAsync<Reading>("second-opinion", [new(ChatRole.User, "my son Mateo 555-201-7788")], TestContext.Current.CancellationToken);

        var line = Assert.Single(logs.Lines, l => l.Contains("[19001]"));
        Assert.Contains("second-opinion", line);
        Assert.Contains("tokens in", line);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Mateo") || l.Contains("555-201"));
    }

    private static BotServices Bot(IReadOnlyDictionary<string, string?> settings, CapturingLoggerProvider? logs = null) =>
        new($"Data Source={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))}.db", logs, settings: settings);

    private static LanguageModel Model(BotServices bot) => bot.Services.GetRequiredService<LanguageModel>();
}
