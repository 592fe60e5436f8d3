using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;

namespace PuenteBot.Tests.Escalations;

/// <summary>Writes escalations the way a turn does (one save with the state), at chosen times.</summary>
public static class SeededEscalations
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    public static async Task AddAsync(IConversationStore store, string conversationId, string urgency, DateTimeOffset at, string reason = "talk_to_clinician", string quote = "necesito hablar con alguien")
    {
        var loaded = await store.LoadAsync(conversationId, TestContext.Current.CancellationToken);
        var summary = new JsonObject { ["reason"] = reason, ["conversationId"] = conversationId, ["channel"] = "sms", ["language"] = "es", ["quote"] = quote };
        var write = new ConversationWrite(
            conversationId, "sms", loaded.Version, loaded.Data,
            [new LogEntry(LogEntry.Inbound, "a-" + at.Ticks, "message", quote, at)],
            [new EscalationRequest(urgency, reason, summary)],
            at);
        Assert.True(await store.TrySaveAsync(write, TestContext.Current.CancellationToken));
    }

    /// <summary>Six escalations, one a minute from <see cref="Start"/>: routine, urgent, barrier_report, routine, urgent, routine.</summary>
    public static async Task AddSixAsync(IConversationStore store)
    {
        string[] urgencies = [Urgency.Routine, Urgency.Urgent, Urgency.BarrierReport, Urgency.Routine, Urgency.Urgent, Urgency.Routine];
        for (var i = 0; i < urgencies.Length; i++)
        {
            await AddAsync(store, $"conv-{i}", urgencies[i], Start.AddMinutes(i));
        }
    }
}
