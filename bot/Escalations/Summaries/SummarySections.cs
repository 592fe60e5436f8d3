using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Notes;
using PuenteBot.State;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// The sections of a summary, each from one part of the care notes; a section with nothing in it is null. Labels
/// are in the clinician's language, the family's words are quoted in <paramref name="familyLanguage"/>.
/// </summary>
internal sealed class SummarySections(ClinicianText text, string familyLanguage)
{
    private const int BotQuoteLength = 80;

    public SummarySection? Why(EscalationRecord escalation, JsonObject json)
    {
        var lines = new List<SummaryLine> { new(text.Get("Escalation.Label.Reason"), text.Reason(escalation.Reason)) };
        if ((string?)json["level"] is { } level)
        {
            lines.Add(new(text.Get("Escalation.Label.Level"), text.GetOr("Escalation.Level." + level, level)));
        }

        AddQuote(lines, "Escalation.Label.Quote", (string?)json["quote"]);
        if (json["optedOut"] is JsonValue optedOut && optedOut.TryGetValue<bool>(out var stopped) && stopped)
        {
            lines.Add(new(text.Get("Escalation.Label.OptedOut"), text.YesNo(true)));
        }

        return Section("why", lines);
    }

    public SummarySection? Who(EscalationRecord escalation, JsonObject json, CareNotes notes)
    {
        var lines = new List<SummaryLine> { new(text.Get("Escalation.Label.Case"), escalation.ConversationId) };
        if (!string.IsNullOrWhiteSpace(notes.CaregiverName))
        {
            lines.Add(new(text.Get("Escalation.Label.Caregiver"), notes.CaregiverName));
        }

        if ((string?)json["channel"] is { } channel)
        {
            lines.Add(new(text.Get("Escalation.Label.Channel"), text.GetOr("Escalation.Channel." + channel, channel)));
        }

        lines.Add(new(text.Get("Escalation.Label.Language"), text.GetOr("Escalation.Language." + familyLanguage, familyLanguage)));
        lines.Add(new(text.Get("Escalation.Label.Received"), text.Time(escalation.CreatedAt)));
        return Section("who", lines);
    }

    /// <summary>Each message the risk check found danger in, and the family's "no one is in danger" where they answered so.</summary>
    public SummarySection? Risk(CareNotes notes) => Section("risk", [.. notes.RiskEvents.SelectMany(risk => new[]
    {
        Quote($"{text.GetOr("Escalation.Level." + risk.Level, risk.Level)} · {text.Reason(risk.Category ?? "risk")}", risk.Quote ?? string.Empty),
        risk.AnsweredSafeAt is { } at ? new SummaryLine(text.Get("Escalation.Label.AnsweredSafe"), text.Time(at)) : null,
    }).OfType<SummaryLine>()]);

    public SummarySection? Barriers(CareNotes notes)
    {
        var lines = new List<SummaryLine>();
        foreach (var barrier in notes.Barriers)
        {
            var kind = text.GetOr("Escalation.Barrier." + barrier.Kind, barrier.Kind);
            lines.Add(string.IsNullOrWhiteSpace(barrier.Words) ? new(kind, "—") : Quote(kind, barrier.Words));
            AddQuote(lines, "Escalation.Label.Detail", barrier.Detail);
            if (barrier.Plan is { } plan && text.GetOr(plan, string.Empty) is { Length: > 0 } planText)
            {
                lines.Add(new(text.Get("Escalation.Label.Plan"), planText));
            }
            else
            {
                AddQuote(lines, "Escalation.Label.Plan", barrier.PlanText);
            }

            lines.Add(new(text.Get("Escalation.Label.Shared"), text.YesNo(barrier.SharedWithCareTeam)));
        }

        return Section("barriers", lines);
    }

    public SummarySection? Concerns(CareNotes notes) => Section("concerns", [.. notes.Concerns.Select(concern => Quote(
        text.GetOr("Escalation.Concern." + concern.Kind, concern.Kind), concern.Words ?? "—"))]);

    public SummarySection? Confidence(CareNotes notes)
    {
        var lines = new List<SummaryLine>();
        AddScore(lines, "Escalation.Label.ConfidenceBefore", notes.ConfidenceBefore);
        AddScore(lines, "Escalation.Label.ConfidenceAfter", notes.ConfidenceAfter);
        return Section("confidence", lines);
    }

    public SummarySection? Setbacks(CareNotes notes)
    {
        var lines = new List<SummaryLine>();
        foreach (var setback in notes.Setbacks)
        {
            AddQuote(lines, "Escalation.Label.Setback", setback.Words);
            AddQuote(lines, "Escalation.Label.HelpedBefore", setback.HelpedBefore);
            lines.Add(new(text.Get("Escalation.Label.TellClinician"), text.YesNo(setback.ShareWithClinician)));
        }

        return Section("setbacks", lines);
    }

    public SummarySection? Handouts(CareNotes notes) => Section("handouts", [.. notes.HandoutsSent.Select(slug => new SummaryLine(null, slug))]);

    public SummarySection? CallBack(CareNotes notes)
    {
        var lines = new List<SummaryLine>();
        if (notes.CallBack is { } callBack)
        {
            AddQuote(lines, "Escalation.Label.When", callBack.When);
            if (!string.IsNullOrWhiteSpace(callBack.Resolved))
            {
                lines.Add(new(text.Get("Escalation.Label.Resolved"), callBack.Resolved));
            }

            if (!string.IsNullOrWhiteSpace(callBack.Way))
            {
                var way = text.GetOr("Escalation.Way." + callBack.Way, string.Empty);
                lines.Add(way.Length > 0 ? new(text.Get("Escalation.Label.Way"), way) : Quote(text.Get("Escalation.Label.Way"), callBack.Way));
            }

            if (callBack.Language is { Length: > 0 } language)
            {
                lines.Add(new(text.Get("Escalation.Label.CallLanguage"), text.GetOr("Escalation.CallLanguage." + language, language)));
            }
        }

        return Section("callback", lines);
    }

    /// <summary>What the family wrote after the escalation was raised (a crisis episode's later messages), each with its time.</summary>
    public SummarySection? Updates(JsonObject json) => Section("updates", [.. (json["updates"] as JsonArray ?? []).OfType<JsonObject>().Select(update =>
    {
        var at = (string?)update["at"] is { } time && DateTimeOffset.TryParse(time, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var parsed)
            ? text.Local(parsed)
            : string.Empty;
        return Quote(text.Get("Escalation.Label.Family", at), (string?)update["quote"] ?? "—");
    })]);

    /// <summary>The last messages: the family's in full, the bot's shortened (the clinician knows what the bot says).</summary>
    public SummarySection? Messages(IEnumerable<LogEntry> log) => Section("messages", [.. log.Select(entry =>
    {
        var time = text.Local(entry.Timestamp);
        return entry.Direction == LogEntry.Inbound
            ? Quote(text.Get("Escalation.Label.Family", time), entry.Text!)
            : Quote(text.Get("Escalation.Label.Bot", time), Shortened(entry.Text!));
    })]);

    private static string Shortened(string words) => words.Length <= BotQuoteLength ? words : words[..BotQuoteLength].TrimEnd() + "…";

    private SummaryLine Quote(string label, string words) => new(label, words, familyLanguage);

    private void AddQuote(List<SummaryLine> lines, string labelKey, string? words)
    {
        if (!string.IsNullOrWhiteSpace(words))
        {
            lines.Add(Quote(text.Get(labelKey), words));
        }
    }

    private void AddScore(List<SummaryLine> lines, string labelKey, int? score)
    {
        if (score is { } value)
        {
            lines.Add(new(text.Get(labelKey), text.Get("Escalation.Score", value)));
        }
    }

    private SummarySection? Section(string key, List<SummaryLine> lines) =>
        lines.Count == 0 ? null : new SummarySection(key, text.Get("Escalation.Section." + key), lines);
}
