using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;
using PuenteBot.Tests.Portal;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Reports;

/// <summary>
/// A clinic's November 2026 on either database, for the outcomes page: conversations with care notes and inbound log
/// rows (through the conversation store), escalations, enrolled families, appointments and outreach rows (written
/// directly). <see cref="OutcomesReportTests"/> lists the figures it must give, counted by hand; some cells are
/// under 5 on purpose (other channels, serious setbacks, changed replies…).
/// </summary>
internal static class OutcomeSeed
{
    public static readonly DateOnly From = new(2026, 11, 1);

    public static readonly DateOnly To = new(2026, 11, 30);

    private static DateTimeOffset Nov(int day, int hour = 10, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    public static Task SeedAsync(TestDatabase database, IServiceProvider services) =>
        SeedAsync(services, database.IsPostgres ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString), database.IsPostgres);

    public static Task SeedAsync(IServiceProvider services, string sqlitePath) => SeedAsync(services, new SqliteConnection($"Data Source={sqlitePath}"), postgres: false);

    private static async Task SeedAsync(IServiceProvider services, DbConnection connection, bool postgres)
    {
        await using var db = connection;
        await db.OpenAsync(TestContext.Current.CancellationToken);
        var rows = new Rows(db, postgres);
        var store = services.GetRequiredService<IConversationStore>();
        await store.LoadAsync("outcome-seed", TestContext.Current.CancellationToken); // the first open migrates the schema

        // Families: 8 Spanish on SMS, 2 English on SMS, 6 English on web chat (those have no conversation here).
        for (var i = 1; i <= 8; i++)
        {
            await rows.FamilyAsync($"fam-es-{i}", "es", "sms");
        }

        for (var i = 1; i <= 8; i++)
        {
            await rows.FamilyAsync($"fam-en-{i}", "en", i <= 2 ? "sms" : "webchat");
        }

        // A: 8 Spanish SMS conversations of enrolled families (10 Nov): transport, a plan chosen and shared; confidence 3 → 7; a setback.
        for (var i = 1; i <= 8; i++)
        {
            var data = Data("es", $"fam-es-{i}", Nov(10));
            data.Notes.Barriers.Add(new BarrierNote { Kind = "transport", Words = "no tengo carro", Plan = "Barriers.Option.transport.medicaid", SharedWithCareTeam = true, At = Nov(10) });
            (data.Notes.ConfidenceBefore, data.Notes.ConfidenceAfter) = (3, 7);
            data.Notes.Setbacks.Add(new SetbackNote { Words = "tuvo una mala semana", At = Nov(10) });
            await SaveAsync(store, $"conv-a-{i}", "sms", data, Nov(10));
            await rows.LinkAsync($"conv-a-{i}", $"fam-es-{i}");
        }

        // fam-es-1 also wrote from web chat (11 Nov): a language barrier that day, and one from October that is not counted.
        var second = Data("es", "fam-es-1", Nov(11));
        second.Notes.Barriers.Add(new BarrierNote { Kind = "language", At = new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero) });
        second.Notes.Barriers.Add(new BarrierNote { Kind = "language", At = Nov(11) });
        await SaveAsync(store, "conv-a-web", "directline", second, Nov(11));
        await rows.LinkAsync("conv-a-web", "fam-es-1");

        // B: 6 English web-chat conversations, not enrolled (12 Nov): schedule, a plan chosen, not shared; confidence 5 → 8.
        for (var i = 1; i <= 6; i++)
        {
            var data = Data("en", null, Nov(12));
            data.Notes.Barriers.Add(new BarrierNote { Kind = "schedule", Plan = "Barriers.Option.schedule.evening", At = Nov(12) });
            (data.Notes.ConfidenceBefore, data.Notes.ConfidenceAfter) = (5, 8);
            await SaveAsync(store, $"conv-b-{i}", "directline", data, Nov(12));
        }

        // C: the 2 English SMS families (15 Nov): cost, no plan; a serious setback each.
        for (var i = 1; i <= 2; i++)
        {
            var data = Data("en", $"fam-en-{i}", Nov(15));
            data.Notes.Barriers.Add(new BarrierNote { Kind = "cost", At = Nov(15) });
            data.Notes.Setbacks.Add(new SetbackNote { Words = "ER visit", Serious = true, At = Nov(15) });
            await SaveAsync(store, $"conv-c-{i}", "sms", data, Nov(15));
            await rows.LinkAsync($"conv-c-{i}", $"fam-en-{i}");
        }

        // D: one Spanish conversation on another Bot Framework channel (16 Nov): childcare; a setback; confidence 2 → 6.
        var teams = Data("es", null, Nov(16));
        teams.Notes.Barriers.Add(new BarrierNote { Kind = "childcare", At = Nov(16) });
        teams.Notes.Setbacks.Add(new SetbackNote { At = Nov(16) });
        (teams.Notes.ConfidenceBefore, teams.Notes.ConfidenceAfter) = (2, 6);
        await SaveAsync(store, "conv-d", "msteams", teams, Nov(16));

        // October only: not counted at all.
        var october = Data("es", null, new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero));
        october.Notes.Barriers.Add(new BarrierNote { Kind = "transport", Plan = "x", SharedWithCareTeam = true, At = october.LastMessageAt });
        (october.Notes.ConfidenceBefore, october.Notes.ConfidenceAfter) = (0, 10);
        await SaveAsync(store, "conv-october", "sms", october, october.LastMessageAt!.Value);

        // Escalations (20 Nov): 6 urgent es/sms acknowledged after 1–6 min; 5 routine en/directline after 10–50 min;
        // 2 barrier reports es/sms never acknowledged; one urgent in October.
        for (var i = 1; i <= 6; i++)
        {
            await rows.AcknowledgeAsync(await PortalSite.EscalateAsync(services, $"conv-urgent-{i}", Urgency.Urgent, "suicide", Nov(20, 9).AddMinutes(i * 10)), Nov(20, 9).AddMinutes(i * 11));
        }

        for (var i = 1; i <= 5; i++)
        {
            await rows.AcknowledgeAsync(await PortalSite.EscalateAsync(services, $"conv-routine-{i}", Urgency.Routine, "talk_to_clinician", Nov(20, 12, i), "directline", "en"), Nov(20, 12, i).AddMinutes(i * 10));
        }

        await PortalSite.EscalateAsync(services, "conv-report-1", Urgency.BarrierReport, "barriers", Nov(20, 15));
        await PortalSite.EscalateAsync(services, "conv-report-2", Urgency.BarrierReport, "barriers", Nov(20, 16));
        var old = new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero);
        await rows.AcknowledgeAsync(await PortalSite.EscalateAsync(services, "conv-urgent-october", Urgency.Urgent, "suicide", old), old.AddMinutes(2));

        // Visits with a reminder sent before the start: the 8 Spanish families on 18 Nov (fam-es-8 did not come;
        // replies 5 confirmed, 2 change, 1 barrier); fam-en-1..5 on 19 Nov (fam-en-5 did not come; 1–4 confirmed, 5 barrier).
        string[] spanishReplies = ["confirmed", "confirmed", "confirmed", "confirmed", "confirmed", "change", "change", "barrier"];
        for (var i = 1; i <= 8; i++)
        {
            await rows.AppointmentAsync($"visit-es-{i}", $"fam-es-{i}", Nov(18), attended: i != 8);
            await rows.OutreachAsync($"reminder:visit-es-{i}:2880", "reminder", $"fam-es-{i}", $"visit-es-{i}", "sent", Nov(16), "sms", "es", spanishReplies[i - 1]);
        }

        for (var i = 1; i <= 5; i++)
        {
            await rows.AppointmentAsync($"visit-en-{i}", $"fam-en-{i}", Nov(19), attended: i != 5);
            await rows.OutreachAsync($"reminder:visit-en-{i}:2880", "reminder", $"fam-en-{i}", $"visit-en-{i}", "sent", Nov(17), i <= 2 ? "sms" : "directline", "en", i == 5 ? "barrier" : "confirmed");
        }

        // Visits without one: fam-es-1..6 on 25 Nov (1–3 came; fam-es-1's reminder was skipped); fam-en-3..8 on 26 Nov
        // (3–6 came), and fam-en-6 on 27 Nov, reminded only after it started (did not come).
        for (var i = 1; i <= 6; i++)
        {
            await rows.AppointmentAsync($"visit-es-{i}b", $"fam-es-{i}", Nov(25), attended: i <= 3);
        }

        await rows.OutreachAsync("reminder:visit-es-1b:120", "reminder", "fam-es-1", "visit-es-1b", "skipped", null, null, null, null);
        for (var i = 3; i <= 8; i++)
        {
            await rows.AppointmentAsync($"visit-en-{i}b", $"fam-en-{i}", Nov(26), attended: i <= 6);
        }

        await rows.AppointmentAsync("visit-en-6c", "fam-en-6", Nov(27), attended: false);
        await rows.OutreachAsync("reminder:visit-en-6c:120", "reminder", "fam-en-6", "visit-en-6c", "sent", Nov(27, 11), "directline", "en", null);

        // Not counted: a visit not marked, a cancelled one, one in October (and its October reminder).
        await rows.AppointmentAsync("visit-unmarked", "fam-es-7", Nov(28), attended: null);
        await rows.AppointmentAsync("visit-cancelled", "fam-es-8", Nov(21), attended: true, state: "cancelled");
        await rows.AppointmentAsync("visit-october", "fam-es-2", new DateTimeOffset(2026, 10, 28, 10, 0, 0, TimeSpan.Zero), attended: true);
        await rows.OutreachAsync("reminder:visit-october:2880", "reminder", "fam-es-2", "visit-october", "sent", new DateTimeOffset(2026, 10, 26, 10, 0, 0, TimeSpan.Zero), "sms", "es", "confirmed");

        // Missed-visit messages for the visits missed without a reminder (es-4..6 by SMS, en-7..8 on web chat); 6 follow-ups to es-1..6.
        for (var i = 4; i <= 6; i++)
        {
            await rows.OutreachAsync($"missed:visit-es-{i}b", "missed", $"fam-es-{i}", $"visit-es-{i}b", "sent", Nov(26), "sms", "es", null);
        }

        for (var i = 7; i <= 8; i++)
        {
            await rows.OutreachAsync($"missed:visit-en-{i}b", "missed", $"fam-en-{i}", $"visit-en-{i}b", "sent", Nov(27), "directline", "en", null);
        }

        for (var i = 1; i <= 6; i++)
        {
            await rows.OutreachAsync($"followup:{i}", "followup", $"fam-es-{i}", null, "sent", Nov(22), "sms", "es", i == 1 ? "answered" : null);
        }
    }

    private static ConversationData Data(string language, string? familyId, DateTimeOffset at) =>
        new() { Language = language, FamilyId = familyId, Consented = true, TurnCount = 3, LastMessageAt = at };

    /// <summary>Saves a conversation as one turn would, with the family's message in the log at <paramref name="at"/>.</summary>
    private static async Task SaveAsync(IConversationStore store, string id, string channel, ConversationData data, DateTimeOffset at) =>
        Assert.True(await store.TrySaveAsync(new ConversationWrite(id, channel, 0, data, [new LogEntry(LogEntry.Inbound, null, "message", "hola", at), new LogEntry(LogEntry.Outbound, null, "message", "¡Hola!", at)], [], at), TestContext.Current.CancellationToken));

    /// <summary>Rows written with plain SQL: the same text on both providers, times as each stores them.</summary>
    private sealed class Rows(DbConnection connection, bool postgres)
    {
        public Task FamilyAsync(string id, string language, string channel) => ExecuteAsync(
            "INSERT INTO families (id, mrn, child_first_name, caregiver_name, phone, language, channel, created_at, search_names) VALUES (@id, @id, 'Niño', 'Cuidadora', NULL, @language, @channel, @at, 'x')",
            ("id", id), ("language", language), ("channel", channel), ("at", Time(Nov(1))));

        public Task LinkAsync(string conversationId, string familyId) => ExecuteAsync(
            "INSERT INTO family_conversations (conversation_id, family_id, linked_at) VALUES (@conversation, @family, @at)",
            ("conversation", conversationId), ("family", familyId), ("at", Time(Nov(1))));

        public Task AcknowledgeAsync(string escalationId, DateTimeOffset at) => ExecuteAsync(
            "UPDATE escalations SET state = 'acknowledged', acknowledged_by = 'Ana Ruiz', acknowledged_at = @at WHERE id = @id",
            ("id", escalationId), ("at", Time(at)));

        public Task AppointmentAsync(string id, string familyId, DateTimeOffset startsAt, bool? attended, string state = "scheduled") => ExecuteAsync(
            "INSERT INTO appointments (id, family_id, starts_at, clinician, kind, state, attended, created_at, updated_at) VALUES (@id, @family, @starts, 'Dra. Ruiz', 'in_person', @state, @attended, @at, @at)",
            ("id", id), ("family", familyId), ("starts", Time(startsAt)), ("state", state), ("attended", attended), ("at", Time(Nov(1))));

        public Task OutreachAsync(string planKey, string kind, string familyId, string? appointmentId, string state, DateTimeOffset? sentAt, string? channel, string? language, string? reply) => ExecuteAsync(
            """
            INSERT INTO outreach (plan_key, kind, family_id, appointment_id, due_at, state, attempts, channel, language, reply, created_at, sent_at)
            VALUES (@key, @kind, @family, @appointment, @due, @state, 1, @channel, @language, @reply, @at, @sent)
            """,
            ("key", planKey), ("kind", kind), ("family", familyId), ("appointment", appointmentId), ("due", Time(sentAt ?? Nov(1))), ("state", state),
            ("channel", channel), ("language", language), ("reply", reply), ("at", Time(Nov(1))), ("sent", sentAt is { } sent ? Time(sent) : null));

        private object Time(DateTimeOffset value) => postgres ? value.ToUniversalTime() : value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

        private async Task ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }
    }
}
