using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Channels.DirectLine;
using PuenteBot.Channels.DirectLine.Storage;
using PuenteBot.Escalations;
using PuenteBot.Protocol;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.DirectLine;

/// <summary>The Direct Line's tables failing (a full disk, a lost server) while the rest of the bot still runs.</summary>
public class DirectLineOutageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_crisis_the_conversation_cannot_store_still_reaches_the_care_team_and_the_client_is_asked_to_send_again(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var logs = new CapturingLoggerProvider();
        FailingStore? store = null;
        await using var bot = new DirectLineInstance(db, logs: logs, services: services => services.AddSingleton<IDirectLineStore>(sp => store = new FailingStore(db.IsPostgres
            ? ActivatorUtilities.CreateInstance<PostgresDirectLineStore>(sp)
            : ActivatorUtilities.CreateInstance<SqliteDirectLineStore>(sp))));
        var (conversation, token) = await bot.Api.GenerateAsync();
        store!.Failing = true;

        using var refused = await bot.Api.PostMessageAsync(conversation, token, "I want to kill myself tonight");
        using var polled = await bot.Api.GetActivitiesAsync(conversation, token);
        store.Failing = false;
        using var resent = await bot.Api.PostMessageAsync(conversation, token, "hola", "c2");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("ServiceError", (await refused.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, polled.StatusCode);
        var escalations = await bot.Services.GetRequiredService<IEscalationStore>().QueueAsync(10, TestContext.Current.CancellationToken);
        Assert.Equal("urgent", Assert.Single(escalations, e => e.ConversationId == conversation).Urgency);
        Assert.Contains(logs.Lines, line => line.Contains("[2200]", StringComparison.Ordinal) && line.Contains(conversation, StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("[2207]", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("kill myself", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal($"{conversation}|0000001", (await resent.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString());
    }

    /// <summary>The real store, failing every call like a full disk while <see cref="Failing"/> is set.</summary>
    private sealed class FailingStore(IDirectLineStore inner) : IDirectLineStore
    {
        public bool Failing { get; set; }

        public Task CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken) => Run(() => inner.CreateAsync(conversation, cancellationToken));

        public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) => Run(() => inner.FindAsync(conversationId, cancellationToken));

        public Task<bool> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, DateTimeOffset now, CancellationToken cancellationToken) =>
            Run(() => inner.AppendAsync(conversationId, activities, now, cancellationToken));

        public Task<ActivityPage?> SinceAsync(string conversationId, long watermark, CancellationToken cancellationToken) => Run(() => inner.SinceAsync(conversationId, watermark, cancellationToken));

        public Task TouchAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken) => Run(() => inner.TouchAsync(conversationId, now, cancellationToken));

        public Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Run(() => inner.DeleteIdleAsync(cutoff, cancellationToken));

        public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) => Run(() => inner.ListAsync(cancellationToken));

        private T Run<T>(Func<T> call) => Failing ? throw new SqliteException("database or disk is full", 13) : call();
    }
}
