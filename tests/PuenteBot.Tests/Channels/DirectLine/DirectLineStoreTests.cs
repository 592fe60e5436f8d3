using Microsoft.Extensions.Options;
using PuenteBot.Channels.DirectLine;
using PuenteBot.Channels.DirectLine.Storage;
using PuenteBot.Protocol;
using PuenteBot.State.Postgres;
using PuenteBot.State.Sqlite;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.DirectLine;

/// <summary>The Direct Line store and activity feed of each provider, as two processes on one database build them.</summary>
public class DirectLineStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Activities_are_numbered_per_conversation_and_read_after_a_watermark(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var process = new Process(db);
        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        await process.Store.CreateAsync(new DirectLineConversation("a", [1, 2, 3], 0, now, now), ct);
        await process.Store.CreateAsync(new DirectLineConversation("b", [4], 0, now, now), ct);
        var posted = new[] { Activity.Message("one"), new Activity { Type = ActivityTypes.Typing }, Activity.Message("two") };

        Assert.True(await process.Store.AppendAsync("a", posted, now, ct));
        Assert.True(await process.Store.AppendAsync("b", [Activity.Message("other")], now, ct));
        Assert.False(await process.Store.AppendAsync("nobody", [Activity.Message("lost")], now, ct));

        Assert.Equal(["a|0000001", "a|0000002", "a|0000003"], posted.Select(a => a.Id));
        Assert.All(posted, a => Assert.Equal(("a", now), (a.Conversation!.Id!, a.Timestamp!.Value)));
        var all = await process.Store.SinceAsync("a", 0, ct);
        var after = await process.Store.SinceAsync("a", 2, ct);
        var beyond = await process.Store.SinceAsync("a", 99, ct);
        var polled = await process.Conversations.SinceAsync("a", 0, includeTyping: false, ct);
        var stored = await process.Store.FindAsync("a", ct);

        Assert.Equal(["a|0000001", "a|0000002", "a|0000003"], all!.Activities.Select(a => a.Id));
        Assert.Equal(3, all.Watermark);
        Assert.Equal(["two"], after!.Activities.Select(a => a.Text));
        Assert.Empty(beyond!.Activities);
        Assert.Equal(3, beyond.Watermark);
        Assert.Equal(["b|0000001"], (await process.Store.SinceAsync("b", 0, ct))!.Activities.Select(a => a.Id));
        Assert.Null(await process.Store.SinceAsync("nobody", 0, ct));
        Assert.Equal(["one", "two"], polled!.Activities.Select(a => a.Text));
        Assert.Equal("3", polled.Watermark);
        Assert.Equal(3, stored!.LastSequence);
        Assert.Equal([1, 2, 3], stored.TokenKey);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_feed_of_one_process_names_the_conversations_another_process_appended_to(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var writer = new Process(db);
        await using var reader = new Process(db);
        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        await writer.Store.CreateAsync(new DirectLineConversation("quiet", [1], 0, now, now), ct);
        await writer.Store.CreateAsync(new DirectLineConversation("busy", [1], 0, now, now), ct);
        await writer.Store.AppendAsync("quiet", [Activity.Message("before the feed")], now, ct);
        var following = new TaskCompletionSource();
        var changed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var feed = reader.Feed.FollowAsync(() => following.TrySetResult(), id => changed.TrySetResult(id), stop.Token);

        await following.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
        await writer.Store.AppendAsync("busy", [Activity.Message("after")], now, ct);

        Assert.Equal("busy", await changed.Task.WaitAsync(TimeSpan.FromSeconds(10), ct));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => feed);
    }

    /// <summary>The store, feed and conversations one process builds over the database.</summary>
    private sealed class Process : IAsyncDisposable
    {
        private readonly PostgresDatabase? postgres;

        public Process(TestDatabase database)
        {
            var storage = database.Options();
            var options = Options.Create(new DirectLineOptions { PollInterval = TimeSpan.FromMilliseconds(50) });
            if (database.IsPostgres)
            {
                postgres = new PostgresDatabase(storage);
                Store = new PostgresDirectLineStore(postgres);
                Feed = new PostgresActivityFeed(postgres);
            }
            else
            {
                var sqlite = new SqliteDatabase(storage);
                Store = new SqliteDirectLineStore(sqlite);
                Feed = new SqliteActivityFeed(sqlite, options, TimeProvider.System);
            }

            Conversations = new DirectLineConversations(Store, new DirectLineStreams(), new DirectLineDirectory(Store), new DirectLineUnstored(options), options, TimeProvider.System);
        }

        public IDirectLineStore Store { get; }

        public IActivityFeed Feed { get; }

        public DirectLineConversations Conversations { get; }

        public ValueTask DisposeAsync() => postgres?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
