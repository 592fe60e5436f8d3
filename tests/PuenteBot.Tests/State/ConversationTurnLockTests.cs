using Microsoft.Extensions.Logging.Abstractions;
using PuenteBot.State;
using PuenteBot.State.Postgres;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.State;

public class ConversationTurnLockTests
{
    [Fact]
    public async Task A_second_instance_waits_for_the_first_to_release_the_conversation_and_other_conversations_do_not()
    {
        await using var database = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        await using var first = new PostgresDatabase(database.Options());
        await using var second = new PostgresDatabase(database.Options());
        var a = new PostgresConversationTurnLock(first, NullLogger<PostgresConversationTurnLock>.Instance);
        var b = new PostgresConversationTurnLock(second, NullLogger<PostgresConversationTurnLock>.Instance);
        var ct = TestContext.Current.CancellationToken;

        var held = await a.AcquireAsync("c-lock", ct);
        var waiting = b.AcquireAsync("c-lock", ct);
        var other = await b.AcquireAsync("c-other", ct);
        await Task.Delay(300, ct);

        Assert.NotNull(held);
        Assert.NotNull(other);
        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10), ct);
        Assert.NotNull(next);
        await next.DisposeAsync();
        await other.DisposeAsync();
    }

    [Fact]
    public async Task The_scope_takes_the_lock_only_when_asked_and_once()
    {
        var counting = new CountingLock();
        await using (var scope = new ConversationTurnLockScope(counting, "c"))
        {
            Assert.Equal(0, counting.Taken);
            await scope.TakeAsync(TestContext.Current.CancellationToken);
            await scope.TakeAsync(TestContext.Current.CancellationToken);
            Assert.Equal(1, counting.Taken);
        }

        Assert.Equal(1, counting.Released);
    }

    private sealed class CountingLock : IConversationTurnLock, IAsyncDisposable
    {
        public int Taken { get; private set; }

        public int Released { get; private set; }

        public Task<IAsyncDisposable?> AcquireAsync(string conversationId, CancellationToken cancellationToken)
        {
            Taken++;
            return Task.FromResult<IAsyncDisposable?>(this);
        }

        public Task<IAsyncDisposable?> AcquireIfContendedAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable?>(null);

        public ValueTask DisposeAsync()
        {
            Released++;
            return ValueTask.CompletedTask;
        }
    }
}
