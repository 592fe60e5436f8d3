using PuenteBot.Protocol;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Turns;

public class MalformedInputTests
{
    public static TheoryData<string, string?> BadTexts => new()
    {
        { "empty", "" },
        { "whitespace", "   \t  " },
        { "null", null },
        { "100 kB", new string('a', 50_000) + " hola " + new string('b', 52_400) },
        { "control characters", "hola\0\u0001\u0007\u001b[31m\u007f" },
        { "lone high surrogate", "hola \uD83D" },
        { "lone low surrogate", "\uDE00 hi" },
        { "reversed pair", "\uDE00\uD83D" },
        { "right-to-left override", "\u202Ehola" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task Bad_text_gets_a_reply_and_keeps_state(string label, string? text)
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);

        var result = await bot.SendAsync(TestActivities.Message("c-bad", text));

        Assert.True(result.Saved, label);
        Assert.NotEmpty(result.Replies);
        Assert.All(result.Replies, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        var stored = await bot.Store.LoadAsync("c-bad", TestContext.Current.CancellationToken);
        Assert.Equal(1, stored.Data.TurnCount);
    }

    [Fact]
    public async Task Long_text_is_stored_cut_and_valid()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);

        await bot.SayAsync("c-long", new string('x', 100_000) + "\uD83D");

        var log = await bot.Store.ReadLogAsync("c-long", TestContext.Current.CancellationToken);
        Assert.Equal(PuenteBot.Turns.InboundText.MaxLength, log[0].Text!.Length);
    }

    [Fact]
    public async Task Surrogates_are_repaired_not_dropped()
    {
        Assert.Equal("a\uFFFDb 😀", PuenteBot.Turns.InboundText.Clean("a\uD83Db 😀"));
    }

    [Theory]
    [InlineData("someFutureType")]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData(null)]
    public async Task Activities_the_bot_does_not_act_on_are_ignored(string? type)
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);

        var result = await bot.SendAsync(TestActivities.Create(type, "c-other", text: "hola"));

        Assert.Empty(result.Replies);
        Assert.Null(result.Rejection);
        var stored = await bot.Store.LoadAsync("c-other", TestContext.Current.CancellationToken);
        Assert.Equal(0, stored.Version);
    }

    [Fact]
    public async Task An_activity_without_a_conversation_is_rejected_with_a_reason()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var activity = TestActivities.Message("x", "hola");
        activity.Conversation = null;

        var result = await bot.SendAsync(activity);

        Assert.Equal("The activity has no conversation.id.", result.Rejection);
    }

    [Fact]
    public async Task Events_and_updates_without_members_or_names_change_nothing_visible()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);

        var update = await bot.SendAsync(TestActivities.Create(ActivityTypes.ConversationUpdate, "c-ev"));
        var unnamed = await bot.SendAsync(TestActivities.Create(ActivityTypes.Event, "c-ev"));

        Assert.Empty(update.Replies);
        Assert.Empty(unnamed.Replies);
        Assert.True(unnamed.Saved);
    }
}
