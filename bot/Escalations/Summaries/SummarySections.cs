using System.Globalization;
using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Notes;
using PuenteBot.State;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// The SBAR sections of a summary — Situation, Background, Assessment, Recommendation — and the conversation
/// excerpt, each from what the escalation stored when it was raised and its updates (never the moving log); a
/// section with nothing in it is null. Labels are in the reader's language, the family's words are quoted in
/// <paramref name="familyLanguage"/> (with the stored <paramref name="gists"/> of them beneath, by the quoted words),
/// times are in words relative to the sources' now.
/// </summary>
internal sealed class SummarySections(ClinicianText text, string familyLanguage, SummarySources sources, IReadOnlyDictionary<string, string> gists)
{
    private readonly TimeWords words = new(text);

    public SummarySection? Situation(EscalationRecord escalation, JsonObject json)
    {
        var lines = new List<SummaryLine>
        {
            new(text.Get("Escalation.Label.Urgency"), text.GetOr("Escalation.Urgency." + escalation.Urgency, escalation.Urgency)),
            new(text.Get("Escalation.Label.Reason"), text.Reason(escalation.Reason)),
        };
        if ((string?)json["kind"] is { } kind && kind != escalation.Reason)
        {
            lines.Add(new(text.Get("Escalation.Label.Kind"), text.Reason(kind)));
        }

        if ((string?)json["level"] is { } level)
        {
            lines.Add(new(text.Get("Escalation.Label.Level"), text.GetOr("Escalation.Level." + level, level)));
        }

        lines.Add(new(text.Get("Escalation.Label.Raised"), $"{When(escalation.CreatedAt)} ({text.Zone.Id})"));
        if (json[Privacy.EscalationRedaction.Key] is JsonObject erased)
        {
            lines.Add(new(text.Get("Escalation.Label.Erased"), text.Get("Escalation.Value.Erased", Time(erased["at"]) is { } at ? When(at) : "—")));
        }

        AddQuote(lines, text.Get("Escalation.Label.Quote"), (string?)json["quote"]);
        if (json["optedOut"] is JsonValue optedOut && optedOut.TryGetValue<bool>(out var stopped) && stopped)
        {
            lines.Add(new(text.Get("Escalation.Label.OptedOut"), text.YesNo(true)));
        }

        var answered = AnsweredQuotes(json);
        foreach (var update in Updates(json))
        {
            var at = Time(update["at"]) is { } time ? When(time) : string.Empty;
            var meaning = string.Join(" · ", new[]
            {
                (string?)update["kind"] is { } updateKind ? text.Reason(updateKind) : null,
                (string?)update["level"] is { } updateLevel && updateLevel != "none" ? text.GetOr("Escalation.Level." + updateLevel, updateLevel) : null,
            }.OfType<string>());
            var news = (string?)update["level"] is { } changed && changed != "none";
            if (!news && (string?)update["quote"] is { } said && answered.Contains(said))
            {
                continue; // an answer to the crisis questions, with what it meant, is the Assessment's
            }

            lines.Add(Quote(text.Get("Escalation.Label.UpdateAt", at), (string?)update["quote"] ?? "—") with { Note = meaning.Length > 0 ? meaning : null });
        }

        return Section("situation", lines);
    }

    public SummarySection? Background(EscalationRecord escalation, JsonObject json, CareNotes notes, bool includeContact)
    {
        var lines = new List<SummaryLine>();
        var family = sources.Family;
        lines.Add(family is null
            ? new(text.Get("Escalation.Label.Child"), text.Get("Escalation.Value.NotEnrolled"))
            : new(text.Get("Escalation.Label.Child"), text.Get("Escalation.Value.Child", family.ChildFirstName, family.Mrn)));
        if (includeContact && (family?.CaregiverName ?? notes.Contact?.Name ?? notes.CaregiverName) is { Length: > 0 } caregiver)
        {
            lines.Add(new(text.Get("Escalation.Label.Caregiver"), caregiver));
        }

        if (family?.Clinician is { Length: > 0 } clinician)
        {
            lines.Add(new(text.Get("Escalation.Label.Clinician"), clinician));
        }

        lines.Add(new(text.Get("Escalation.Label.Case"), escalation.ConversationId));
        if ((string?)json["channel"] is { } channel)
        {
            lines.Add(new(text.Get("Escalation.Label.Channel"), text.GetOr("Escalation.Channel." + channel, channel)));
        }

        lines.Add(new(text.Get("Escalation.Label.Language"), text.GetOr("Escalation.Language." + familyLanguage, familyLanguage)));
        Barriers(lines, notes);
        lines.AddRange(notes.Concerns.Select(concern => Quote(text.GetOr("Escalation.Concern." + concern.Kind, concern.Kind), concern.Words ?? "—")));
        foreach (var setback in notes.Setbacks)
        {
            AddQuote(lines, text.Get("Escalation.Label.Setback"), setback.Words);
            AddQuote(lines, text.Get("Escalation.Label.HelpedBefore"), setback.HelpedBefore);
            lines.Add(new(text.Get("Escalation.Label.TellClinician"), text.YesNo(setback.ShareWithClinician)));
        }

        AddScore(lines, "Escalation.Label.ConfidenceBefore", notes.ConfidenceBefore);
        AddScore(lines, "Escalation.Label.ConfidenceAfter", notes.ConfidenceAfter);
        if (notes.HandoutsSent.Count > 0)
        {
            lines.Add(new(text.Get("Escalation.Label.Handouts"), string.Join(", ", notes.HandoutsSent)));
        }

        foreach (var earlier in sources.Earlier.Where(e => e.Id != escalation.Id && e.CreatedAt <= escalation.CreatedAt))
        {
            var title = text.Get("Escalation.Title", text.GetOr("Escalation.Urgency." + earlier.Urgency, earlier.Urgency), text.Reason(earlier.Reason));
            lines.Add(new(text.Get("Escalation.Label.Earlier", When(earlier.CreatedAt)), title) { Note = text.GetOr("Escalation.State." + earlier.State, earlier.State) });
        }

        return Section("background", lines);
    }

    /// <summary>The crisis episode as the family lived it: their safety answers and what they meant, what PuenteBot told them, what they did.</summary>
    public SummarySection? Assessment(EscalationRecord escalation, JsonObject json, CareNotes notes)
    {
        var lines = new List<SummaryLine>();
        var assessment = Updates(json).Select(u => Latest(u[Turns.EscalationAssessment.Key])).LastOrDefault(a => a is not null) ?? notes.Assessment;
        foreach (var answer in assessment.SafetyAnswers)
        {
            // One message can answer the safety question and say what happened ("not sure, he left for work"): one line.
            var did = assessment.Actions.Where(a => a.Quote == answer.Quote).Select(a => text.GetOr("Escalation.Action." + a.Kind, a.Kind));
            var meaning = string.Join(" · ", did.Prepend(text.GetOr("Escalation.Safety." + answer.Meaning, answer.Meaning)));
            lines.Add(Quote(text.Get("Escalation.Label.SafetyAnswer", When(answer.At)), answer.Quote ?? "—") with { Note = meaning });
        }

        if (assessment.SafetyAnswers.Count == 0 && escalation.Urgency == Urgency.Urgent)
        {
            lines.Add(new(text.Get("Escalation.Label.SafetyAnswerNone"), text.Get("Escalation.Value.NoSafetyAnswer")));
        }

        var quote = (string?)json["quote"];
        foreach (var risk in notes.RiskEvents.Where(r => r.Quote != quote && r.Quote is { Length: > 0 }))
        {
            lines.Add(Quote($"{text.GetOr("Escalation.Level." + risk.Level, risk.Level)} · {text.Reason(risk.Category ?? "risk")}, {When(risk.At)}", risk.Quote!)
                with { Note = risk.AnsweredSafeAt is { } safe ? text.Get("Escalation.Value.AnsweredSafe", When(safe)) : null });
        }

        var told = assessment.Told
            .Concat(Updates(json).SelectMany(u => (u["told"] as JsonArray ?? []).Select(k => (string?)k).OfType<string>()))
            .Distinct(StringComparer.Ordinal)
            .Select(Told)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (told.Count > 0)
        {
            lines.Add(new(text.Get("Escalation.Label.Told"), text.Get("Escalation.Value.Given", words.List(told))));
        }

        foreach (var action in assessment.Actions.Where(a => a.Quote is null || assessment.SafetyAnswers.All(s => s.Quote != a.Quote)))
        {
            lines.Add(Quote(text.Get("Escalation.Label.FamilyDid", When(action.At)), action.Quote ?? "—")
                with { Note = text.GetOr("Escalation.Action." + action.Kind, action.Kind) });
        }

        return Section("assessment", lines);
    }

    /// <summary>What to do, by urgency and reason, and the best time, way and language to reach the caregiver.</summary>
    public SummarySection? Recommendation(EscalationRecord escalation, CareNotes notes, string? phone, bool includeContact)
    {
        var reach = !includeContact ? text.Get("Escalation.Contact.InPortal") : phone ?? text.Get("Escalation.Contact.Unknown");
        var callBack = notes.CallBack;
        var when = callBack is null ? string.Empty : new CallBackWords(text).Of(callBack, sources.Now);
        var barriers = words.List([.. notes.Barriers.Select(b => text.GetOr("Escalation.Barrier." + b.Kind, b.Kind)).Distinct()]);
        object[] arguments = [reach, when.Length > 0 ? when : text.Get("Escalation.CallBack.TheirTime"), barriers.Length > 0 ? barriers : text.Reason("barriers")];
        // No number to call (a web chat family not enrolled who gave none): the step says to write in the portal instead.
        var noPhone = includeContact && phone is null ? ".NoPhone" : string.Empty;
        string Pick(string specific, string general) =>
            (noPhone.Length > 0 ? text.Find(specific + noPhone, arguments) ?? text.Find(general + noPhone, arguments) : null)
            ?? text.Find(specific, arguments) ?? text.Get(general, arguments);
        var action = escalation.Urgency switch
        {
            Urgency.Urgent => Pick("Escalation.Recommend.urgent." + escalation.Reason, "Escalation.Recommend.urgent"),
            Urgency.BarrierReport => text.Get("Escalation.Recommend.barrier_report", arguments),
            _ when callBack is not null => Pick("Escalation.Recommend.CallBack." + callBack.Way, "Escalation.Recommend.CallBack"),
            _ => Pick("Escalation.Recommend.routine." + escalation.Reason, "Escalation.Recommend.routine"),
        };
        var lines = new List<SummaryLine> { new(text.Get("Escalation.Label.Do"), action) };
        if (when.Length > 0)
        {
            lines.Add(new(text.Get("Escalation.Label.When"), when));
        }

        if (callBack is not null)
        {
            AddQuote(lines, text.Get("Escalation.Label.TheirWords"), callBack.When);
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

        lines.Add(new(text.Get("Escalation.Label.Phone"), reach));
        return Section("recommendation", lines);
    }

    /// <summary>
    /// The family's messages that led to the escalation, as stored with it; for a row stored before excerpts, the
    /// log's family messages up to the moment it was raised (the same whenever it is read).
    /// </summary>
    public SummarySection? Excerpt(EscalationRecord escalation, JsonObject json)
    {
        var stored = (json["excerpt"] as JsonArray)?.OfType<JsonObject>()
            .Select(m => (At: Time(m["at"]), Text: (string?)m["text"]))
            .ToList();
        var messages = stored ?? [.. sources.Log
            .Where(e => e.Direction == LogEntry.Inbound && !string.IsNullOrWhiteSpace(e.Text) && e.Timestamp <= escalation.CreatedAt)
            .TakeLast(Turns.EscalationExcerpt.MaxMessages)
            .Select(e => (At: (DateTimeOffset?)e.Timestamp, e.Text))];
        return Section("excerpt", [.. messages.Where(m => !string.IsNullOrWhiteSpace(m.Text)).Select(m =>
            Quote(text.Get("Escalation.Label.Family", m.At is { } at ? When(at) : string.Empty), m.Text!))]);
    }

    private void Barriers(List<SummaryLine> lines, CareNotes notes)
    {
        foreach (var barrier in notes.Barriers)
        {
            var kind = text.GetOr("Escalation.Barrier." + barrier.Kind, barrier.Kind);
            lines.Add(string.IsNullOrWhiteSpace(barrier.Words) ? new(kind, "—") : Quote(kind, barrier.Words));
            AddQuote(lines, text.Get("Escalation.Label.Detail"), barrier.Detail);
            if (barrier.Plan is { } plan && text.GetOr(plan, string.Empty) is { Length: > 0 } planText)
            {
                lines.Add(new(text.Get("Escalation.Label.Plan"), planText));
            }
            else
            {
                AddQuote(lines, text.Get("Escalation.Label.Plan"), barrier.PlanText);
            }

            lines.Add(new(text.Get("Escalation.Label.Shared"), text.YesNo(barrier.SharedWithCareTeam)));
        }
    }

    /// <summary>
    /// What PuenteBot told them (a string key such as <c>Crisis.Urgent.overdose</c>) in the reader's words: its own
    /// wording, else its family's (<c>Crisis.Lines.*</c>); null for what is no help to name (a thank-you, "go on").
    /// </summary>
    private string? Told(string key)
    {
        var family = string.Join('.', key.Split('.').Take(2));
        return text.Find("Escalation.Told." + key) ?? text.Find("Escalation.Told." + family);
    }

    private string When(DateTimeOffset at) => words.At(at, sources.Now);

    private static AssessmentNote? Latest(JsonNode? node)
    {
        try
        {
            return Dialogs.Runtime.DialogJson.FromNode<AssessmentNote>(node);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The family's messages the crisis assessment already shows (safety answers, what they did), from the updates that carry it.</summary>
    private static HashSet<string> AnsweredQuotes(JsonObject json)
    {
        var assessment = Updates(json).Select(u => Latest(u[Turns.EscalationAssessment.Key])).LastOrDefault(a => a is not null);
        return assessment is null
            ? []
            : [.. assessment.SafetyAnswers.Select(a => a.Quote).Concat(assessment.Actions.Select(a => a.Quote)).OfType<string>()];
    }

    private static IEnumerable<JsonObject> Updates(JsonObject json) => (json["updates"] as JsonArray ?? []).OfType<JsonObject>();

    private static DateTimeOffset? Time(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var time)
            && DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : null;

    private SummaryLine Quote(string label, string quoted) => new(label, quoted, familyLanguage) { Gist = gists.GetValueOrDefault(quoted) };

    private void AddQuote(List<SummaryLine> lines, string label, string? quoted)
    {
        if (!string.IsNullOrWhiteSpace(quoted))
        {
            lines.Add(Quote(label, quoted));
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
