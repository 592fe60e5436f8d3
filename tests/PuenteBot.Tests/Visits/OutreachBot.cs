using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Families;
using PuenteBot.Portal.Handoff;
using PuenteBot.Proactive;
using PuenteBot.Tests.Support;
using PuenteBot.Visits.Outreach;

namespace PuenteBot.Tests.Visits;

/// <summary>
/// One instance of the bot's real services with the outreach worker (not started: a test runs its passes) on a
/// <see cref="TestDatabase"/>, on a <see cref="FakeTimeProvider"/>, its families reached through a
/// <see cref="RecordingFamilyChannel"/>. Several on one database stand for several processes.
/// </summary>
public sealed class OutreachBot : IAsyncDisposable
{
    private readonly BotServices bot;

    public OutreachBot(TestDatabase database, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Clock = clock;
        bot = database.Services(
            services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton<ConversationEditor>();
                services.AddSingleton<IFamilyChannel>(Channel);
                services.AddSingleton<ProactiveSender>();
                services.AddOutreachWorker();
            },
            settings);
        Seed = new OutreachSeed(database.Provider, database.ConnectionString, Service<IFamilyStore>());
    }

    public FakeTimeProvider Clock { get; }

    public RecordingFamilyChannel Channel { get; } = new();

    public OutreachSeed Seed { get; }

    public IOutreachStore Store => Service<IOutreachStore>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public T Service<T>()
        where T : notnull => bot.Services.GetRequiredService<T>();

    /// <summary>One worker pass at the clock's time: plan, then try what is due; how many rows it tried.</summary>
    public Task<int> RunAsync() => Service<OutreachWorker>().RunOnceAsync(Cancel);

    /// <summary>The clock set to <paramref name="at"/>, then one pass.</summary>
    public Task<int> RunAtAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        return RunAsync();
    }

    /// <summary>A family who wrote once on the test channel (so a channel reaches them), linked to their conversation.</summary>
    public async Task<string> FamilyAsync(string familyId, bool? reminders = true)
    {
        await Seed.FamilyAsync(familyId, reminders);
        var conversationId = "conv-" + familyId;
        await bot.SayAsync(conversationId, "hola");
        await Service<IFamilyStore>().LinkAsync(conversationId, familyId, Cancel);
        return conversationId;
    }

    /// <summary>Changes the conversation's state as a turn or the portal would (under its lock).</summary>
    public async Task EditAsync(string conversationId, Action<ConversationData> change) =>
        Assert.NotNull(await Service<ConversationEditor>().EditAsync(conversationId, (context, _) =>
        {
            change(context.Conversation);
            return Task.FromResult(true);
        }, Cancel));

    /// <summary>The family's rows, oldest first.</summary>
    public Task<IReadOnlyList<OutreachRecord>> RowsAsync(string familyId) => Store.ForFamilyAsync(familyId, Cancel);

    public ValueTask DisposeAsync() => bot.DisposeAsync();
}
