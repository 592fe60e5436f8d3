using System.Globalization;
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
    public async Task A_crisis_the_conversation_cannot_store_still_reaches_the_care_team_and_its_reply_reaches_the_client(string provider)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = await TestDatabase.CreateAsync(provider);
        var logs = new CapturingLoggerProvider();
        FailingStore? store = null;
        await using var bot = new DirectLineInstance(db, logs: logs, services: services => services.AddSingleton<IDirectLineStore>(sp => store = new FailingStore(db.IsPostgres
            ? ActivatorUtilities.CreateInstance<PostgresDirectLineStore>(sp)
            : ActivatorUtilities.CreateInstance<SqliteDirectLineStore>(sp))));
        var (conversation, token) = await bot.Api.GenerateAsync();
        await using var socket = await bot.StreamAsync(conversation, token);
        using var greeted = await bot.Api.PostMessageAsync(conversation, token, "hello", "c0");
        var before = await socket.ReceiveUntilAsync(received => received.Any(a => a.GetProperty("from").GetProperty("role").GetString() == "bot"));
        var storedBefore = int.Parse(socket.Watermark, CultureInfo.InvariantCulture);
        store!.Failing = true;

        using var posted = await bot.Api.PostMessageAsync(conversation, token, "I want to kill myself tonight");
        using var polled = await bot.Api.GetActivitiesAsync(conversation, token, socket.Watermark);
        var streamed = await socket.ReceiveUntilAsync(received => received.Any(IsCrisisReply));
        store.Failing = false;
        var seen = await polled.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var watermark = seen.GetProperty("watermark").GetString()!;
        using var resent = await bot.Api.PostMessageAsync(conversation, token, "hola", "c2");
        using var after = await bot.Api.GetActivitiesAsync(conversation, token, watermark);
        var streamedAfter = await socket.ReceiveUntilAsync(received => received.Any(a => DirectLineSocket.Text(a) == "hola"));

        // The turn ran and was answered: the client gets the echo's id and, by polling and on the stream, the crisis reply.
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var echoId = (await posted.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;
        Assert.StartsWith(conversation + "|", echoId, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, polled.StatusCode);
        var activities = seen.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(echoId, DirectLineSocket.Id(activities[0]));
        Assert.Contains(activities, IsCrisisReply);
        Assert.Equal(storedBefore + activities.Count, int.Parse(watermark, CultureInfo.InvariantCulture));
        Assert.Contains(streamed, a => DirectLineSocket.Id(a) == echoId);
        Assert.Contains(streamed, IsCrisisReply);

        // The escalation reaches the team as in any turn whose save failed; no message text in the logs.
        var escalations = await bot.Services.GetRequiredService<IEscalationStore>().QueueAsync(10, cancellationToken);
        Assert.Equal("urgent", Assert.Single(escalations, e => e.ConversationId == conversation).Urgency);
        Assert.Contains(logs.Lines, line => line.Contains("[2200]", StringComparison.Ordinal) && line.Contains(conversation, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("kill myself", StringComparison.Ordinal) || line.Contains("tel:988", StringComparison.Ordinal));

        // Once the database takes writes, the kept activities are stored ahead of the next one; the client gets that
        // next one after its watermark and nothing twice, on either path.
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var resentId = (await resent.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;
        Assert.Equal($"{conversation}|{storedBefore + activities.Count + 1:D7}", resentId);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var later = (await after.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(resentId, DirectLineSocket.Id(later[0]));
        Assert.DoesNotContain(later, IsCrisisReply);
        Assert.Equal(HttpStatusCode.OK, greeted.StatusCode);
        Assert.NotEmpty(before);
        Assert.Equal(streamedAfter.Count, streamedAfter.Select(DirectLineSocket.Id).Distinct().Count());
        Assert.Single(streamedAfter, IsCrisisReply);
        using var all = await bot.Api.GetActivitiesAsync(conversation, token);
        var stored = (await all.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal("I want to kill myself tonight", DirectLineSocket.Text(stored[storedBefore]));
        Assert.Single(stored, IsCrisisReply);
    }

    private static bool IsCrisisReply(JsonElement activity) =>
        activity.GetProperty("from").GetProperty("role").GetString() == "bot" && (DirectLineSocket.Text(activity) ?? string.Empty).Contains("[988](tel:988)", StringComparison.Ordinal);

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
