using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Llm;

/// <summary>
/// The language model's second opinion on danger, through the real pipeline against a local OpenAI-compatible server:
/// asked only for a message the learned model is unsure of and found no danger in, outside a crisis episode and a
/// handoff; it raises none to possible (the safety question), never higher, and never touches a local decision.
/// </summary>
public sealed class DangerSecondOpinionTests
{
    /// <summary>In the learned model's uncertain band, with no danger found (asserted by <see cref="AssertUncertain"/>).</summary>
    private const string Unsure = "she wont talk to me anymore";

    private const string Urgent = "my son has a gun and says he will shoot himself tonight";

    private const string Everyday = "can we do thursday at 4 instead";

    [Fact]
    public async Task An_unsure_message_the_model_calls_possible_gets_the_safety_question_and_a_risk_event_from_the_llm()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Answer(new DangerReading("possible", "self_harm", "wont talk to me"));
        await using var pair = await MenuPair.StartAsync(server.Settings);
        AssertUncertain(pair.Bot, Unsure);

        var (result, _) = await pair.SayAsync(Unsure);

        Assert.Single(server.Calls, c => c.Schema == nameof(DangerReading));
        Assert.Contains(result.Replies, r => r.Text == pair.Text("en", CrisisKinds.CheckKey(CrisisKinds.SelfHarm)));
        var risk = Assert.Single((await pair.LoadAsync()).Notes.RiskEvents);
        Assert.Equal(("possible", RiskCategories.SelfHarm, RiskSources.SecondOpinion), (risk.Level, risk.Category, risk.Source));
        Assert.Equal(["wont talk to me"], risk.Evidence);
    }

    [Fact]
    public async Task The_model_calling_a_message_urgent_still_gives_possible_and_drops_a_kind_and_words_not_its_own()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Answer(new DangerReading("urgent", "arson", "he has a knife"));
        await using var pair = await MenuPair.StartAsync(server.Settings);

        var (result, _) = await pair.SayAsync(Unsure);

        Assert.Contains(result.Replies, r => r.Text == pair.Text("en", CrisisKinds.CheckKey(CrisisKinds.Suicide)));
        var risk = Assert.Single((await pair.LoadAsync()).Notes.RiskEvents);
        Assert.Equal(("possible", null, RiskSources.SecondOpinion), (risk.Level, risk.Category, risk.Source));
        Assert.Empty(risk.Evidence);
    }

    [Theory]
    [InlineData("none", null)]
    [InlineData("perhaps", "suicide")]
    [InlineData("", "self_harm")]
    public async Task The_model_seeing_none_or_answering_out_of_shape_gives_todays_reply(string level, string? kind)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Answer(new DangerReading(level, kind, null));
        await using var pair = await MenuPair.StartAsync(server.Settings);

        var (answered, today) = await pair.SayAsync(Unsure);

        Assert.Single(server.Calls, c => c.Schema == nameof(DangerReading));
        Assert.Equal(today.Replies.Select(r => r.Text), answered.Replies.Select(r => r.Text));
        Assert.Empty((await pair.LoadAsync()).Notes.RiskEvents);
    }

    [Fact]
    public async Task A_local_urgent_message_never_asks_the_model_and_gets_the_same_reply_as_without_one()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Answer(new DangerReading("none", null, null));
        await using var pair = await MenuPair.StartAsync(server.Settings);
        Assert.Equal(RiskLevel.Urgent, pair.Bot.Services.GetRequiredService<RiskDecider>().Assess(Urgent).Level);

        var (answered, today) = await pair.SayAsync(Urgent);

        Assert.DoesNotContain(server.Calls, c => c.Schema == nameof(DangerReading));
        Assert.Equal(today.Replies.Select(r => r.Text), answered.Replies.Select(r => r.Text));
        Assert.Equal("urgent", Assert.Single((await pair.LoadAsync()).Notes.RiskEvents).Level);
    }

    [Fact]
    public async Task A_message_the_learned_model_is_sure_is_safe_never_asks_the_model()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Answer(new DangerReading("possible", "suicide", null));
        await using var pair = await MenuPair.StartAsync(server.Settings);
        var local = pair.Bot.Services.GetRequiredService<RiskDecider>().Assess(Everyday);
        Assert.Equal((RiskLevel.None, false), (local.Level, local.Uncertain));

        await pair.SayAsync(Everyday);

        Assert.DoesNotContain(server.Calls, c => c.Schema == nameof(DangerReading));
        Assert.Empty((await pair.LoadAsync()).Notes.RiskEvents);
    }

    [Fact]
    public async Task A_deployment_that_does_not_answer_in_time_gives_todays_reply()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            return "{}";
        };
        await using var pair = await MenuPair.StartAsync(new Dictionary<string, string?>(server.Settings) { ["AzureOpenAI:Timeout"] = "00:00:01" });

        var (answered, today) = await pair.SayAsync(Unsure);

        Assert.Contains(server.Calls, c => c.Schema == nameof(DangerReading));
        Assert.Equal(today.Replies.Select(r => r.Text), answered.Replies.Select(r => r.Text));
        Assert.Empty((await pair.LoadAsync()).Notes.RiskEvents);
    }

    [Fact]
    public async Task Inside_an_open_crisis_episode_the_model_is_never_asked()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Answer(new DangerReading("possible", "suicide", null));
        await using var pair = await MenuPair.StartAsync(server.Settings);
        await pair.SayAsync("sometimes she says she wishes she wasnt here");
        await pair.SayAsync("no, no one is in danger");
        var episode = await pair.LoadAsync();
        Assert.True(CrisisEpisode.IsOpen(episode));
        var local = pair.Bot.Services.GetRequiredService<RiskDecider>().Assess(Unsure, episode.Notes.RiskEvents, DateTimeOffset.UtcNow);
        Assert.Equal((RiskLevel.None, true), (local.Level, local.Uncertain));
        var before = server.Calls.Count(c => c.Schema == nameof(DangerReading));

        await pair.SayAsync(Unsure);

        Assert.Equal(before, server.Calls.Count(c => c.Schema == nameof(DangerReading)));
    }

    [Fact]
    public async Task During_a_clinicians_handoff_the_model_is_never_asked()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Answer(new DangerReading("possible", "suicide", null));
        await using var pair = await MenuPair.StartAsync(server.Settings);
        await pair.ChangeAsync(data => data.Handoff = new HandoffState { ClinicianName = "Ana Ruiz", ClinicianUser = "ana", Since = DateTimeOffset.UtcNow, LastClinicianActivityAt = DateTimeOffset.UtcNow });

        await pair.SayAsync(Unsure);

        Assert.DoesNotContain(server.Calls, c => c.Schema == nameof(DangerReading));
    }

    [Fact]
    public async Task The_request_carries_placeholders_not_the_name_and_number_and_the_words_as_data()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Answer(new DangerReading("none", null, null));
        await using var pair = await MenuPair.StartAsync(server.Settings);
        const string text = "my daughter Quillon wont talk to me anymore, my cell is 555-201-7788";
        AssertUncertain(pair.Bot, text);
        await pair.ChangeAsync(data => data.Notes.Contact = new ContactNote { Name = "Quillon Abernathy" });

        var (result, _) = await pair.SayAsync(text);

        var call = Assert.Single(server.Calls, c => c.Schema == nameof(DangerReading));
        var data = JsonDocument.Parse(call.User).RootElement;
        Assert.Equal("my daughter [NAME] wont talk to me anymore, my cell is [PHONE]", data.GetProperty("message").GetString());
        Assert.DoesNotContain("Quillon", call.Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("201-7788", call.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("never instructions", call.System);
        Assert.Empty((await pair.LoadAsync()).Notes.RiskEvents);
        Assert.NotEmpty(result.Replies);
    }

    /// <summary>Scripts the second opinion's answer; the menu's intent fallback, if it asks, hears "none".</summary>
    private static Func<FakeOpenAiServer.Call, Task<string>> Answer(DangerReading reading) => call => Task.FromResult(
        call.Schema == nameof(DangerReading)
            ? JsonSerializer.Serialize(reading, JsonSerializerOptions.Web)
            : JsonSerializer.Serialize(new IntentPick("none", 0), JsonSerializerOptions.Web));

    /// <summary>The message is in the learned model's uncertain band with no danger found, so a test of it cannot pass vacuously.</summary>
    private static void AssertUncertain(BotServices bot, string text)
    {
        var local = bot.Services.GetRequiredService<RiskDecider>().Assess(text);
        Assert.Equal((RiskLevel.None, true), (local.Level, local.Uncertain));
    }
}
