using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;

namespace PuenteBot.Tests.State;

/// <summary>The turns the store contract tests save.</summary>
public static class ContractWrites
{
    /// <summary>A fixed time in whole milliseconds, which both databases keep exactly.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 18, 30, 0, TimeSpan.Zero);

    public static ConversationWrite Write(string id, long version, string language, params LogEntry[] log) =>
        new(id, "test", version, new ConversationData { Language = language }, log, [], DateTimeOffset.UtcNow);

    public static EscalationRequest Escalation(string urgency = Urgency.Urgent) =>
        new(urgency, "danger", new JsonObject { ["quote"] = "no puedo más", ["language"] = "es", ["cues"] = new JsonArray("hopeless") });
}
