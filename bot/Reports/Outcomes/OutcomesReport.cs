using System.Text.Json;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;

namespace PuenteBot.Reports.Outcomes;

/// <summary>
/// Counts what PuenteBot changed for families over some UTC days, without identifiers (docs/outcomes.md defines every
/// figure): families active; barriers named, plans chosen and shared; confidence before and after; setbacks;
/// escalations and the time to acknowledge them; reminders and their replies; attendance with and without a reminder.
/// Every figure is split by language and channel (<see cref="OutcomeSegments"/>); small cells are suppressed by <see cref="OutcomeCell"/>.
/// </summary>
public sealed class OutcomesReport(IOutcomeSource source)
{
    public const string Activity = "activity";
    public const string Barriers = "barriers";
    public const string BarrierKinds = "barrier_kinds";
    public const string Confidence = "confidence";
    public const string ConfidenceDistribution = "confidence_distribution";
    public const string Setbacks = "setbacks";
    public const string Escalations = "escalations";
    public const string Reminders = "reminders";
    public const string Attendance = "attendance";

    /// <summary>The highest confidence answer (the scale is 0–10).</summary>
    public const int ConfidenceTop = 10;

    private static readonly string[] Urgencies = [Urgency.Urgent, Urgency.Routine, Urgency.BarrierReport];

    public async Task<OutcomesTable> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, until) = (UtcDays.Start(from), UtcDays.Start(to.AddDays(1)));
        var facts = await source.ReadAsync(start, until, cancellationToken);
        var conversations = facts.Conversations.Select(c => (Row: c, Data: ConversationDataSerializer.Deserialize(c.Data))).ToList();
        bool InRange(DateTimeOffset? at) => at >= start && at < until;
        IReadOnlyList<int> Segments((OutcomeConversation Row, ConversationData Data) c) => OutcomeSegments.Of(c.Data.Language, c.Row.ChannelId);

        return new OutcomesTable(from, to,
        [
            new(Activity, [FamiliesActive(conversations.Where(c => c.Row.Active).Select(c => (Key: c.Row.FamilyId ?? c.Data.FamilyId ?? "conversation:" + c.Row.ConversationId, Segments: Segments(c))))]),
            .. BarrierSections([.. conversations.SelectMany(c => c.Data.Notes.Barriers.Where(b => InRange(b.At)).Select(b => (Note: b, Segments: Segments(c))))]),
            .. ConfidenceSections([.. conversations.Where(c => c.Row.Active).Select(c => (c.Data.Notes.ConfidenceBefore, c.Data.Notes.ConfidenceAfter, Segments: Segments(c)))]),
            SetbackSection([.. conversations.SelectMany(c => c.Data.Notes.Setbacks.Where(s => InRange(s.At)).Select(s => (s.Serious, Segments: Segments(c))))]),
            EscalationSection(facts.Escalations),
            ReminderSection(facts.Messages),
            AttendanceSection(facts.Visits),
        ]);
    }

    private static OutcomeFigure FamiliesActive(IEnumerable<(string Key, IReadOnlyList<int> Segments)> active)
    {
        var families = new SegmentSamples();
        var seen = new HashSet<(int, string)>();
        foreach (var (key, segments) in active)
        {
            families.Add([.. segments.Where(s => seen.Add((s, key)))]);
        }

        return families.Count("families_active");
    }

    private static IEnumerable<OutcomeSection> BarrierSections(List<(BarrierNote Note, IReadOnlyList<int> Segments)> barriers)
    {
        var (named, chosen, shared) = (new SegmentSamples(), new SegmentSamples(), new SegmentSamples());
        var kinds = new Dictionary<string, SegmentSamples>(StringComparer.Ordinal);
        foreach (var (note, segments) in barriers)
        {
            named.Add(segments);
            Samples(kinds, note.Kind).Add(segments);
            if (note.Plan is not null)
            {
                chosen.Add(segments);
            }

            if (note.SharedWithCareTeam)
            {
                shared.Add(segments);
            }
        }

        yield return new(Barriers, [named.Count("barriers_named"), chosen.Count("plans_chosen"), shared.Count("plans_shared")]);
        yield return new(BarrierKinds, [.. kinds.OrderByDescending(k => k.Value.CountAll).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Value.Count("barrier." + k.Key))]);
    }

    private static IEnumerable<OutcomeSection> ConfidenceSections(List<(int? Before, int? After, IReadOnlyList<int> Segments)> answers)
    {
        var (before, after, change) = (new SegmentSamples(), new SegmentSamples(), new SegmentSamples());
        var (beforeAt, afterAt) = (Enumerable.Range(0, ConfidenceTop + 1).Select(_ => new SegmentSamples()).ToArray(), Enumerable.Range(0, ConfidenceTop + 1).Select(_ => new SegmentSamples()).ToArray());
        foreach (var (first, last, segments) in answers)
        {
            if (first is { } b and >= 0 and <= ConfidenceTop)
            {
                before.Add(segments, b);
                beforeAt[b].Add(segments);
            }

            if (last is { } a and >= 0 and <= ConfidenceTop)
            {
                after.Add(segments, a);
                afterAt[a].Add(segments);
            }

            if (first is not null && last is not null)
            {
                change.Add(segments, last.Value - first.Value);
            }
        }

        yield return new(Confidence,
        [
            before.Count("confidence_before_answered"), before.Mean("confidence_before_mean"),
            after.Count("confidence_after_answered"), after.Mean("confidence_after_mean"),
            change.Mean("confidence_change_mean"),
        ]);
        yield return new(ConfidenceDistribution, [.. beforeAt.Select((s, i) => s.Count($"before.{i}")), .. afterAt.Select((s, i) => s.Count($"after.{i}"))]);
    }

    private static OutcomeSection SetbackSection(List<(bool Serious, IReadOnlyList<int> Segments)> setbacks)
    {
        var (all, serious) = (new SegmentSamples(), new SegmentSamples());
        foreach (var (isSerious, segments) in setbacks)
        {
            all.Add(segments);
            if (isSerious)
            {
                serious.Add(segments);
            }
        }

        return new(Setbacks, [all.Count("setbacks"), serious.Count("setbacks_serious")]);
    }

    private static OutcomeSection EscalationSection(IReadOnlyList<OutcomeEscalation> escalations)
    {
        var (raised, acknowledged) = (new SegmentSamples(), new SegmentSamples());
        var (byUrgency, timesByUrgency) = (new Dictionary<string, SegmentSamples>(StringComparer.Ordinal), new Dictionary<string, SegmentSamples>(StringComparer.Ordinal));
        foreach (var escalation in escalations)
        {
            var segments = EscalationSegments(escalation.Summary);
            raised.Add(segments);
            Samples(byUrgency, escalation.Urgency).Add(segments);
            if (escalation.ToAcknowledge is { } time)
            {
                acknowledged.Add(segments, time.TotalSeconds);
                Samples(timesByUrgency, escalation.Urgency).Add(segments, time.TotalSeconds);
            }
        }

        var urgencies = Urgencies.Concat(byUrgency.Keys.Where(u => !Urgencies.Contains(u)).Order(StringComparer.Ordinal));
        return new(Escalations,
        [
            raised.Count("escalations_raised"), acknowledged.Count("acknowledged"), acknowledged.Median("ack_median"), acknowledged.Percentile90("ack_p90"),
            .. urgencies.SelectMany(u => new[] { Samples(byUrgency, u).Count("urgency." + u), Samples(timesByUrgency, u).Median("urgency_ack_median." + u), Samples(timesByUrgency, u).Percentile90("urgency_ack_p90." + u) }),
        ]);
    }

    private static OutcomeSection ReminderSection(IReadOnlyList<OutcomeMessage> messages)
    {
        var figures = new (string Name, Func<OutcomeMessage, bool> Counts)[]
        {
            ("reminders_sent", m => m.Kind == "reminder"),
            ("reminders_confirmed", m => m is { Kind: "reminder", Reply: "confirmed" }),
            ("reminders_changed", m => m is { Kind: "reminder", Reply: "change" }),
            ("reminders_barrier", m => m is { Kind: "reminder", Reply: "barrier" }),
            ("missed_sent", m => m.Kind == "missed"),
            ("followups_sent", m => m.Kind == "followup"),
        };
        return new(Reminders, [.. figures.Select(f => Tally(messages.Where(f.Counts).Select(m => OutcomeSegments.Of(m.Language, m.Channel))).Count(f.Name))]);
    }

    private static OutcomeSection AttendanceSection(IReadOnlyList<OutcomeVisit> visits)
    {
        IEnumerable<OutcomeFigure> Figures(string prefix, List<OutcomeVisit> group)
        {
            var rate = new SegmentSamples();
            foreach (var visit in group)
            {
                rate.Add(OutcomeSegments.Of(visit.Language, visit.Channel), visit.Attended ? 1 : 0);
            }

            yield return rate.Count(prefix + "_visits");
            yield return Tally(group.Where(v => v.Attended).Select(v => OutcomeSegments.Of(v.Language, v.Channel))).Count(prefix + "_came");
            yield return Tally(group.Where(v => !v.Attended).Select(v => OutcomeSegments.Of(v.Language, v.Channel))).Count(prefix + "_missed");
            yield return rate.Rate(prefix + "_rate");
        }

        return new(Attendance, [.. Figures("reminded", [.. visits.Where(v => v.Reminded)]), .. Figures("unreminded", [.. visits.Where(v => !v.Reminded)])]);
    }

    /// <summary>An escalation's segments, from its summary's language and channel (a summary that is not JSON counts in all only).</summary>
    private static IReadOnlyList<int> EscalationSegments(string summary)
    {
        try
        {
            using var json = JsonDocument.Parse(summary);
            return OutcomeSegments.Of(Property(json.RootElement, "language"), Property(json.RootElement, "channel"));
        }
        catch (JsonException)
        {
            return OutcomeSegments.Of(null, null);
        }
    }

    private static string? Property(JsonElement summary, string name) =>
        summary.ValueKind == JsonValueKind.Object && summary.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static SegmentSamples Tally(IEnumerable<IReadOnlyList<int>> facts)
    {
        var samples = new SegmentSamples();
        foreach (var segments in facts)
        {
            samples.Add(segments);
        }

        return samples;
    }

    private static SegmentSamples Samples(Dictionary<string, SegmentSamples> byKey, string key) =>
        byKey.TryGetValue(key, out var samples) ? samples : byKey[key] = new SegmentSamples();
}
