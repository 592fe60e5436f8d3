using System.Text.Json.Nodes;
using PuenteBot.State;

namespace PuenteBot.Turns;

/// <summary>
/// The family's messages that led to an escalation, stored in its JSON (<c>excerpt: [{at, from, text}]</c>) when it
/// is raised, so the clinician's summary quotes what was said then and never a moving window of the log (after a
/// handoff the crisis words would be gone from it). Bounded: the last <see cref="MaxMessages"/> family messages up
/// to and including the triggering one, each at most <see cref="MaxLength"/> characters.
/// </summary>
public sealed class EscalationExcerpt(IConversationStore store, ILogger<EscalationExcerpt> logger)
{
    public const string Key = "excerpt";
    public const int MaxMessages = 6;
    public const int MaxLength = 500;
    public const string Family = "family";

    /// <summary>Adds the excerpt to each of the turn's escalations that has none, reading the log once (only in a turn that escalates).</summary>
    public async Task StampAsync(TurnContext context, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (context.Escalations.All(e => e.Summary.ContainsKey(Key)))
        {
            return;
        }

        IReadOnlyList<LogEntry> log = [];
        try
        {
            log = await store.ReadLogAsync(conversationId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ExcerptLog.LogUnread(logger, exception.GetType().Name);
        }

        Stamp(context, log, now);
    }

    /// <summary>Adds the excerpt from <paramref name="earlier"/> (the log before this turn, oldest first) and the turn's own message.</summary>
    public static void Stamp(TurnContext context, IReadOnlyList<LogEntry> earlier, DateTimeOffset now)
    {
        var inbound = context.Activity;
        var messages = earlier
            .Where(e => e.Direction == LogEntry.Inbound && !string.IsNullOrWhiteSpace(e.Text))
            .Select(e => (At: e.Timestamp, Text: e.Text!))
            .ToList();
        if (!string.IsNullOrWhiteSpace(inbound.Text))
        {
            messages.Add((inbound.Timestamp ?? now, inbound.Text));
        }

        var excerpt = new JsonArray([.. messages.TakeLast(MaxMessages).Select(m => (JsonNode)new JsonObject
        {
            ["at"] = m.At,
            ["from"] = Family,
            ["text"] = m.Text.Length <= MaxLength ? m.Text : m.Text[..MaxLength] + "…",
        })]);
        foreach (var escalation in context.Escalations.Where(e => !e.Summary.ContainsKey(Key)))
        {
            escalation.Summary[Key] = excerpt.DeepClone();
        }
    }
}
