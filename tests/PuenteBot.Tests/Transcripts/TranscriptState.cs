using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Transcripts;

/// <summary>A step's <c>state:</c>, <c>notes:</c>, <c>escalations:</c>, <c>updates:</c> and <c>reason:</c> against what the turn saved.</summary>
public static class TranscriptState
{
    public static async Task CheckAsync(TranscriptStep step, ConversationData data, ITranscriptBot bot, string where)
    {
        if (step.State is { } state)
        {
            Assert.True(state.Language is null || state.Language == data.Language, $"{where}: language {data.Language}");
            Assert.True(state.OptedOut is null || state.OptedOut == data.OptedOut, $"{where}: optedOut {data.OptedOut}");
            Assert.True(state.Stack is null || state.Stack.SequenceEqual(data.DialogStack.Select(d => d.Id)), $"{where}: stack {string.Join('/', data.DialogStack.Select(d => d.Id))}");
        }

        foreach (var (path, expected) in step.Notes ?? [])
        {
            var actual = NotesPath.Read(DialogJson.ToNode(data.Notes), path);
            Assert.True(expected == actual, $"{where}: notes {path} is {actual ?? "null"}, expected {expected ?? "null"}");
        }

        if (step.Recorded is not null || step.Reminders is not null)
        {
            await CheckVisitsAsync(step, data, bot, where);
        }

        if (step.Escalations is null && step.Updates is null && step.Reason is null && step.Summary is null)
        {
            return;
        }

        var rows = (await EscalationRows.ReadAsync(bot.ConnectionString)).Where(r => r.ConversationId == bot.ConversationId).ToList();
        if (step.Escalations is { } escalations)
        {
            Assert.True(escalations.SequenceEqual(rows.Select(r => r.Urgency)), $"{where}: escalations [{string.Join(", ", rows.Select(r => r.Urgency))}]");
        }

        if (step.Updates is { } updates)
        {
            var count = rows.Count == 0 ? 0 : (JsonNode.Parse(rows[^1].Summary)?["updates"] as JsonArray)?.Count ?? 0;
            Assert.True(updates == count, $"{where}: the last escalation has {count} updates, expected {updates}");
        }

        foreach (var (path, expected) in step.Summary ?? [])
        {
            var actual = rows.Count == 0 ? null : NotesPath.Read(JsonNode.Parse(rows[^1].Summary), path);
            Assert.True(expected == actual, $"{where}: summary {path} is {actual ?? "null"}, expected {expected ?? "null"}");
        }

        if (step.Reason is { } reason)
        {
            Assert.True(rows.Count > 0 && rows[^1].Reason == reason, $"{where}: reason {(rows.Count == 0 ? "(none)" : rows[^1].Reason)}, expected {reason}");
        }
    }

    /// <summary>The answers recorded through <c>IVisitReplies</c> and the family's answer to reminders (scenarios straight into the pipeline).</summary>
    private static async Task CheckVisitsAsync(TranscriptStep step, ConversationData data, ITranscriptBot bot, string where)
    {
        var visits = (bot as PipelineTranscriptBot)?.Visits ?? throw new InvalidOperationException($"{where}: recorded: and reminders: need a scenario straight into the pipeline (not the SMS webhook: webhook: false).");
        var recorded = visits.Replies.Select(r => r.Answer).ToList();
        Assert.True(step.Recorded is null || step.Recorded.SequenceEqual(recorded), $"{where}: recorded [{string.Join(", ", recorded)}]");
        if (step.Reminders is { } expected)
        {
            var wanted = data.FamilyId is { } family ? await visits.GetAsync(family, TestContext.Current.CancellationToken) : null;
            var actual = wanted is { } value ? (value ? "true" : "false") : "unset";
            Assert.True(expected == actual, $"{where}: reminders {actual}, expected {expected}");
        }
    }
}
