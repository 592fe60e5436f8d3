using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Turns;

public class FailureTests
{
    private const string Secret = "Lucía 555-0142 secreto-7731";

    [Fact]
    public async Task A_dialog_that_throws_gets_an_apology_and_the_conversation_goes_on()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString, configure: s => s.AddSingleton<IInterruption>(new ThrowingInterruption()));
        await bot.SayAsync("c-throw", "hi");
        await bot.SayAsync("c-throw", "yes");

        var failed = await bot.SayAsync("c-throw", "boom, please help me with my daughter " + Secret);
        var next = await bot.SayAsync("c-throw", "menu");

        Assert.True(failed.Saved);
        Assert.StartsWith("Sorry, something went wrong", failed.Replies.Single().Text);
        Assert.Equal("What would you like to talk about?", next.Replies[^1].Text);
    }

    [Fact]
    public async Task The_safety_message_goes_out_even_when_a_dialog_throws()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString, configure: s => s.AddSingleton<IInterruption>(new ThrowingInterruption(order: -1)));

        var result = await bot.SayAsync("c-throw-risk", "boom I want to kill myself");

        Assert.Contains("988", result.Replies[0].Text);
        Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
    }

    [Fact]
    public async Task The_safety_message_goes_out_even_when_saving_fails()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString, configure: s =>
            s.AddSingleton<IConversationStore>(sp => new FailingSaveStore(ActivatorUtilities.CreateInstance<PuenteBot.State.Sqlite.SqliteConversationStore>(sp))));

        var result = await bot.SayAsync("c-nosave", "I want to kill myself");

        Assert.False(result.Saved);
        Assert.Contains("988", result.Replies[0].Text);
    }

    [Fact]
    public async Task A_crisis_is_still_answered_and_escalated_when_the_state_cannot_even_be_read()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString, configure: s =>
            s.AddSingleton<IConversationStore>(sp => new FailingSaveStore(ActivatorUtilities.CreateInstance<PuenteBot.State.Sqlite.SqliteConversationStore>(sp), failLoad: true)));

        var result = await bot.SayAsync("c-noload", "I want to kill myself");

        Assert.False(result.Saved);
        Assert.Contains("988", result.Replies[0].Text);
        Assert.Equal("urgent", Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString)).Urgency);
    }

    [Fact]
    public async Task No_message_text_reaches_the_application_logs()
    {
        using var folder = new TempFolder();
        var logs = new CapturingLoggerProvider();
        await using (var bot = new BotServices(folder.ConnectionString, logs, s => s.AddSingleton<IInterruption>(new ThrowingInterruption())))
        {
            await bot.SayAsync("c-logs", "hola, soy " + Secret);
            await bot.SayAsync("c-logs", "quiero suicidarme " + Secret);
            await bot.SayAsync("c-logs", "boom " + Secret);
            await bot.SayAsync("c-logs", "english " + Secret);
        }

        Assert.NotEmpty(logs.Lines);
        Assert.Contains(logs.Lines, l => l.Contains("Risk Urgent"));
        Assert.Contains(logs.Lines, l => l.Contains("[ConversationId, c-logs]"));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("secreto", StringComparison.OrdinalIgnoreCase) || l.Contains("555-0142") || l.Contains("Lucía") || l.Contains("suicidarme"));
    }

    private sealed class ThrowingInterruption(int order = 5) : IInterruption
    {
        public int Order => order;

        public Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken) =>
            dc.Context.Activity.Text?.StartsWith("boom", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("Could not handle: " + dc.Context.Activity.Text)
                : Task.FromResult(false);
    }

    private sealed class FailingSaveStore(IConversationStore inner, bool failLoad = false) : IConversationStore
    {
        public Task<StoredConversation> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
            failLoad ? throw new IOException("disk I/O error") : inner.LoadAsync(conversationId, cancellationToken);

        public Task<bool> TrySaveAsync(ConversationWrite write, CancellationToken cancellationToken) => throw new IOException("disk full");

        public Task<IReadOnlyList<LogEntry>> ReadLogAsync(string conversationId, CancellationToken cancellationToken) => inner.ReadLogAsync(conversationId, cancellationToken);

        public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => inner.IsReachableAsync(cancellationToken);
    }
}
