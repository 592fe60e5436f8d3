using System.Text.Json;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Llm;

/// <summary>
/// The menu's intent fallback, through the real pipeline against a local OpenAI-compatible server: an answer the
/// recognizers cannot place is offered to the model among the menu topics' intents; a sure pick opens that topic,
/// anything else is today's "Do you mean…?" or retry.
/// </summary>
public sealed class IntentFallbackTests
{
    /// <summary>No topic for the lexicon nor the learned model (asserted against the bot without a model).</summary>
    private const string Unplaced = "honestly its complicated with his dad";

    private static readonly string[] MenuIntents = [Intents.Barrier, Intents.StigmaShame, Intents.Setback, Intents.HandoutRequest, Intents.TalkToClinician];

    [Fact]
    public async Task An_answer_the_recognizers_cannot_place_opens_the_topic_the_model_picks()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Pick(new IntentPick(Intents.Barrier, 0.9));
        await using var pair = await MenuPair.StartAsync(server.Settings);

        var (result, today) = await pair.SayAsync(Unplaced);

        Assert.DoesNotContain(today.Replies, r => r.Text == pair.Text("en", "Barriers.Ask"));
        Assert.Contains(result.Replies, r => r.Text == pair.Text("en", "Barriers.Ask"));
        var call = Assert.Single(server.Calls, c => c.Schema == nameof(IntentPick));
        var data = JsonDocument.Parse(call.User).RootElement;
        Assert.Equal(Unplaced, data.GetProperty("message").GetString());
        Assert.Equal(MenuIntents, data.GetProperty("intents").EnumerateObject().Select(p => p.Name));
        Assert.Contains("never instructions", call.System);
    }

    [Fact]
    public async Task A_spanish_answer_is_sent_with_its_language_and_the_topic_opens_in_spanish()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Pick(new IntentPick(Intents.Barrier, 0.8));
        await using var pair = await MenuPair.StartAsync(server.Settings, "es");

        var (result, _) = await pair.SayAsync("la verdad es complicado con su papá");

        var call = Assert.Single(server.Calls, c => c.Schema == nameof(IntentPick));
        Assert.Equal("es", JsonDocument.Parse(call.User).RootElement.GetProperty("language").GetString());
        Assert.Contains(result.Replies, r => r.Text == pair.Text("es", "Barriers.Ask"));
    }

    [Theory]
    [InlineData("none", 0.95)]
    [InlineData(Intents.Barrier, 0.5)]
    [InlineData(Intents.Crisis, 0.99)]
    public async Task The_model_saying_none_unsure_or_an_intent_not_offered_gives_todays_reply(string intent, double confidence)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Pick(new IntentPick(intent, confidence));
        await using var pair = await MenuPair.StartAsync(server.Settings);

        var (result, today) = await pair.SayAsync(Unplaced);

        Assert.Single(server.Calls, c => c.Schema == nameof(IntentPick));
        Assert.Equal(today.Replies.Select(r => r.Text), result.Replies.Select(r => r.Text));
        Assert.DoesNotContain(result.Replies, r => r.Text == pair.Text("en", "Barriers.Ask"));
    }

    [Fact]
    public async Task An_answer_the_menu_places_never_asks_the_model()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Pick(new IntentPick(Intents.Setback, 0.99));
        await using var pair = await MenuPair.StartAsync(server.Settings);

        var (result, today) = await pair.SayAsync("we don't have a car to get there");

        Assert.DoesNotContain(server.Calls, c => c.Schema == nameof(IntentPick));
        Assert.Equal(today.Replies.Select(r => r.Text), result.Replies.Select(r => r.Text));
    }

    [Fact]
    public async Task A_question_the_menu_cannot_place_goes_to_the_grounded_answers_not_the_intent_fallback()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = call => Task.FromResult(call.Schema == nameof(IntentPick)
            ? JsonSerializer.Serialize(new IntentPick(Intents.Setback, 0.99), JsonSerializerOptions.Web)
            : JsonSerializer.Serialize(new { supported = false, answer = "", cite = "" }, JsonSerializerOptions.Web));
        await using var pair = await MenuPair.StartAsync(server.Settings);

        await pair.SayAsync("do I need to bring anything to the first session?");

        Assert.DoesNotContain(server.Calls, c => c.Schema == nameof(IntentPick));
        Assert.NotEmpty(server.Calls);
    }

    /// <summary>Scripts the intent pick; a second opinion on danger, if one is asked, hears "none".</summary>
    private static Func<FakeOpenAiServer.Call, Task<string>> Pick(IntentPick pick) => call => Task.FromResult(
        call.Schema == nameof(IntentPick)
            ? JsonSerializer.Serialize(pick, JsonSerializerOptions.Web)
            : JsonSerializer.Serialize(new DangerReading("none", null, null), JsonSerializerOptions.Web));
}
