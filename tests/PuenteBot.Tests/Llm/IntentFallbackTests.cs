using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Llm;

/// <summary>
/// The menu's intent fallback, through the real pipeline against a local OpenAI-compatible server: an answer the
/// recognizers cannot place is offered to the model among the menu topics' intents; a sure pick opens that topic,
/// anything else is today's "Do you mean…?" or retry.
/// </summary>
public sealed class IntentFallbackTests
{
    /// <summary>No topic for the lexicon nor the learned model (asserted against a bot without a model).</summary>
    private const string Unplaced = "honestly its complicated with his dad";

    [Fact]
    public async Task An_answer_the_recognizers_cannot_place_opens_the_topic_the_model_picks()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Pick(new IntentPick(Intents.Barrier, 0.9));
        using var folder = new TempFolder();
        using var otherFolder = new TempFolder();
        await using var bot = Bot(folder, server.Settings);
        await using var without = Bot(otherFolder, new Dictionary<string, string?>());
        await AtMenuAsync(bot, "c-pick");
        await AtMenuAsync(without, "c-today");

        var result = await bot.SayAsync("c-pick", Unplaced);
        var today = await without.SayAsync("c-today", Unplaced);

        Assert.DoesNotContain(today.Replies, r => r.Text == English(bot, "Barriers.Ask"));
        Assert.Contains(result.Replies, r => r.Text == English(bot, "Barriers.Ask"));
        var call = Assert.Single(server.Calls, c => c.Schema == nameof(IntentPick));
        var data = JsonDocument.Parse(call.User).RootElement;
        Assert.Equal(Unplaced, data.GetProperty("message").GetString());
        Assert.Equal(MenuIntents, data.GetProperty("intents").EnumerateObject().Select(p => p.Name));
        Assert.Contains("never instructions", call.System);
    }

    [Fact]
    public async Task A_spanish_answer_is_sent_with_its_language_and_the_topic_opens_in_spanish()
    {
        const string unplaced = "la verdad es complicado con su papá";
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Pick(new IntentPick(Intents.Barrier, 0.8));
        using var folder = new TempFolder();
        await using var bot = Bot(folder, server.Settings);
        await bot.SayAsync("c-es", "hola");
        await bot.SayAsync("c-es", "sí");

        var result = await bot.SayAsync("c-es", unplaced);

        var call = Assert.Single(server.Calls, c => c.Schema == nameof(IntentPick));
        Assert.Equal("es", JsonDocument.Parse(call.User).RootElement.GetProperty("language").GetString());
        Assert.Contains(result.Replies, r => r.Text == bot.Services.GetRequiredService<IStringLocalizer<Strings>>().For("es", "Barriers.Ask"));
    }

    [Fact]
    public async Task The_model_saying_none_or_unsure_gives_todays_reply()
    {
        foreach (var pick in new[] { new IntentPick("none", 0.95), new IntentPick(Intents.Barrier, 0.5), new IntentPick(Intents.Crisis, 0.99) })
        {
            await using var server = await FakeOpenAiServer.StartAsync();
            server.Reply = Pick(pick);
            using var folder = new TempFolder();
            using var otherFolder = new TempFolder();
            await using var bot = Bot(folder, server.Settings);
            await using var without = Bot(otherFolder, new Dictionary<string, string?>());
            await AtMenuAsync(bot, "c-none");
            await AtMenuAsync(without, "c-today");

            var result = await bot.SayAsync("c-none", Unplaced);
            var today = await without.SayAsync("c-today", Unplaced);

            Assert.Single(server.Calls, c => c.Schema == nameof(IntentPick));
            Assert.Equal(today.Replies.Select(r => r.Text), result.Replies.Select(r => r.Text));
            Assert.DoesNotContain(result.Replies, r => r.Text == English(bot, "Barriers.Ask"));
        }
    }

    [Fact]
    public async Task An_answer_the_menu_places_never_asks_the_model()
    {
        const string placed = "we don't have a car to get there";
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = Pick(new IntentPick(Intents.Setback, 0.99));
        using var folder = new TempFolder();
        using var otherFolder = new TempFolder();
        await using var bot = Bot(folder, server.Settings);
        await using var without = Bot(otherFolder, new Dictionary<string, string?>());
        await AtMenuAsync(bot, "c-placed");
        await AtMenuAsync(without, "c-today");

        var result = await bot.SayAsync("c-placed", placed);
        var today = await without.SayAsync("c-today", placed);

        Assert.DoesNotContain(server.Calls, c => c.Schema == nameof(IntentPick));
        Assert.Equal(today.Replies.Select(r => r.Text), result.Replies.Select(r => r.Text));
    }

    [Fact]
    public async Task A_question_the_menu_cannot_place_goes_to_the_grounded_answers_not_the_intent_fallback()
    {
        const string question = "do I need to bring anything to the first session?";
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Reply = call => Task.FromResult(call.Schema == nameof(IntentPick)
            ? JsonSerializer.Serialize(new IntentPick(Intents.Setback, 0.99), JsonSerializerOptions.Web)
            : JsonSerializer.Serialize(new { supported = false, answer = "", cite = "" }, JsonSerializerOptions.Web));
        using var folder = new TempFolder();
        await using var bot = Bot(folder, server.Settings);
        await AtMenuAsync(bot, "c-question");

        await bot.SayAsync("c-question", question);

        Assert.DoesNotContain(server.Calls, c => c.Schema == nameof(IntentPick));
        Assert.NotEmpty(server.Calls);
    }

    private static readonly string[] MenuIntents = [Intents.Barrier, Intents.StigmaShame, Intents.Setback, Intents.HandoutRequest, Intents.TalkToClinician];

    /// <summary>Scripts the intent pick; a second opinion on danger, if one is asked, hears "none".</summary>
    private static Func<FakeOpenAiServer.Call, Task<string>> Pick(IntentPick pick) => call => Task.FromResult(
        call.Schema == nameof(IntentPick)
            ? JsonSerializer.Serialize(pick, JsonSerializerOptions.Web)
            : JsonSerializer.Serialize(new DangerReading("none", null, null), JsonSerializerOptions.Web));

    private static async Task AtMenuAsync(BotServices bot, string conversationId)
    {
        await bot.SayAsync(conversationId, "hello");
        await bot.SayAsync(conversationId, "yes");
    }

    private static string English(BotServices bot, string key) =>
        bot.Services.GetRequiredService<IStringLocalizer<Strings>>().For("en", key);

    private static BotServices Bot(TempFolder folder, IReadOnlyDictionary<string, string?> settings) =>
        new(folder.ConnectionString, settings: settings);
}
