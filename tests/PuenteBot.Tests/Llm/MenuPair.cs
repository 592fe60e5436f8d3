using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Llm;

/// <summary>
/// Two bots, each on its own SQLite file with one conversation at the menu: <see cref="Bot"/> pointed at a local
/// OpenAI-compatible server, <see cref="Today"/> with no model, so a test can say the same words to both and compare
/// a reply with today's.
/// </summary>
internal sealed class MenuPair : IAsyncDisposable
{
    public const string Conversation = "c-menu";

    private readonly TempFolder folder = new();
    private readonly TempFolder todayFolder = new();

    private MenuPair(IReadOnlyDictionary<string, string?> settings)
    {
        Bot = new BotServices(folder.ConnectionString, settings: settings);
        Today = new BotServices(todayFolder.ConnectionString);
    }

    /// <summary>With the model.</summary>
    public BotServices Bot { get; }

    /// <summary>Without a model: today's behaviour.</summary>
    public BotServices Today { get; }

    /// <summary>Both bots greeted in <paramref name="language"/> and consented, the menu question waiting.</summary>
    public static async Task<MenuPair> StartAsync(IReadOnlyDictionary<string, string?> settings, string language = "en")
    {
        var pair = new MenuPair(settings);
        foreach (var bot in new[] { pair.Bot, pair.Today })
        {
            await bot.SayAsync(Conversation, language == "es" ? "hola" : "hello");
            await bot.SayAsync(Conversation, language == "es" ? "sí" : "yes");
        }

        return pair;
    }

    /// <summary>The same words to both bots: what the one with the model answered, and today's reply.</summary>
    public async Task<(TurnResult WithModel, TurnResult Today)> SayAsync(string text) =>
        (await Bot.SayAsync(Conversation, text), await Today.SayAsync(Conversation, text));

    /// <summary>The conversation of the bot with the model, as stored.</summary>
    public async Task<ConversationData> LoadAsync() =>
        (await Bot.Store.LoadAsync(Conversation, TestContext.Current.CancellationToken)).Data;

    /// <summary>Changes the stored conversation of the bot with the model (a handoff, a call-back name).</summary>
    public async Task ChangeAsync(Action<ConversationData> change)
    {
        var stored = await Bot.Store.LoadAsync(Conversation, TestContext.Current.CancellationToken);
        change(stored.Data);
        var write = new ConversationWrite(Conversation, "test", stored.Version, stored.Data, [], [], DateTimeOffset.UtcNow);
        Assert.True(await Bot.Store.TrySaveAsync(write, TestContext.Current.CancellationToken));
    }

    public string Text(string language, string key) =>
        Bot.Services.GetRequiredService<IStringLocalizer<Strings>>().For(language, key);

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Today.DisposeAsync();
        folder.Dispose();
        todayFolder.Dispose();
    }
}
