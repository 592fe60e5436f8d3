using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Summaries;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>The clinician's summary of a Spanish conversation (barriers, worries, then a crisis), in English and in Spanish.</summary>
public class SummaryTests
{
    private const string Crisis = "mi hijo se quiere suicidar";

    [Fact]
    public async Task A_Spanish_conversation_about_a_ride_then_a_crisis_gives_an_English_summary_with_the_Spanish_words()
    {
        var summary = await RealConversationAsync("en");
        var text = summary.ToText();
        TestContext.Current.TestOutputHelper?.WriteLine(text);

        Assert.Equal("URGENT: Suicide risk", summary.Title);
        Assert.Contains("- Their words: “mi hijo se quiere suicidar”", text, StringComparison.Ordinal);
        Assert.Contains("- Family's language: Spanish", text, StringComparison.Ordinal);
        Assert.Matches(@"- Received: \d{4}-\d\d-\d\d \d\d:\d\d \(America/Chicago\)\n", text);
        Assert.Contains("BARRIERS AND PLANS\n- Transport: “no tengo carro para ir a la cita”", text, StringComparison.Ordinal);
        Assert.Contains("- Plan chosen: Ask a relative or neighbor for a ride\n- Agreed to share with the care team: Yes", text, StringComparison.Ordinal);
        Assert.Contains("- Family, ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_conversation_for_a_Spanish_speaking_clinic_has_Spanish_labels()
    {
        var text = (await RealConversationAsync("es")).ToText();

        Assert.StartsWith("URGENTE: Riesgo de suicidio", text, StringComparison.Ordinal);
        Assert.Contains("BARRERAS Y PLANES\n- Transporte: “no tengo carro para ir a la cita”", text, StringComparison.Ordinal);
        Assert.Contains("- Plan elegido: Buscar a un familiar o vecino que los lleve", text, StringComparison.Ordinal);
        Assert.Contains("- Idioma de la familia: español", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_part_of_the_care_notes_has_its_English_line_with_the_Spanish_words_quoted()
    {
        var summary = await SummariesAsync("en");
        var text = summary.ToText();
        TestContext.Current.TestOutputHelper?.WriteLine(text);

        Assert.Equal("URGENT: Suicide risk", summary.Title);
        Assert.Equal("en", summary.Language);
        Assert.Contains("- Their words: “mi hijo se quiere suicidar”", text, StringComparison.Ordinal);
        Assert.Contains("- Caregiver: Rosa", text, StringComparison.Ordinal);
        Assert.Contains("- Family's language: Spanish", text, StringComparison.Ordinal);
        Assert.Contains("- Urgent · Suicide risk: “mi hijo se quiere suicidar”", text, StringComparison.Ordinal);
        Assert.Matches(@"- Possible · Suicide risk: “a veces dice que ya no aguanta”\n- Answered that no one is in danger: \d{4}-\d\d-\d\d \d\d:\d\d ", text);
        Assert.Contains("BARRIERS AND PLANS\n- Transport: “no tengo carro para ir a la cita”", text, StringComparison.Ordinal);
        Assert.Contains("- Plan chosen: “Pedir un viaje a Medicaid”", text, StringComparison.Ordinal);
        Assert.Contains("- What family or community will think: “mi suegra dice que mi hijo no está loco”", text, StringComparison.Ordinal);
        Assert.Contains("- Confidence at the start: 4 of 10\n- Confidence at the end: 7 of 10", text, StringComparison.Ordinal);
        Assert.Contains("- Best time: “mañana después de las 5”\n- Best way: Phone call\n- Language to reach them in: Spanish", text, StringComparison.Ordinal);
        Assert.Contains("- not-your-fault", text, StringComparison.Ordinal);
        Assert.Matches(@"LAST MESSAGES\n(- .*\n)*- Family, \d\d:\d\d: “si”\n", text);
        Assert.Contains("- PuenteBot, ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Sections.Single(s => s.Key == "messages").Lines, line => line.Text.Length > 81);
    }

    [Fact]
    public async Task With_Clinicians_Language_es_the_care_notes_have_Spanish_labels()
    {
        var summary = await SummariesAsync("es");
        var text = summary.ToText();

        Assert.Equal("URGENTE: Riesgo de suicidio", summary.Title);
        Assert.Contains("BARRERAS Y PLANES\n- Transporte: “no tengo carro para ir a la cita”", text, StringComparison.Ordinal);
        Assert.Contains("- Idioma de la familia: español", text, StringComparison.Ordinal);
        Assert.Contains("- Confianza al inicio: 4 de 10", text, StringComparison.Ordinal);
        Assert.Contains("- Respondió que nadie está en peligro: ", text, StringComparison.Ordinal);
        Assert.Contains("- Mejor forma: Llamada\n- Idioma para comunicarse: español", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_HTML_encodes_everything_and_marks_the_quotes_language()
    {
        var summary = await SummariesAsync("en", caregiverName: "<script>alert(1)</script>");
        var html = summary.ToHtml();

        Assert.StartsWith("<article class=\"escalation-summary urgency-urgent\" lang=\"en\"><h2>URGENT: Suicide risk</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Transport:</strong> <q lang=\"es\">no tengo carro para ir a la cita</q>", html, StringComparison.Ordinal);
        Assert.Contains("<q lang=\"es\">mi suegra dice que mi hijo no está loco</q>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Adaptive_Card_has_the_title_and_a_fact_set_per_section()
    {
        var summary = await SummariesAsync("en");
        var card = summary.ToAdaptiveCard();
        var body = card["body"]!.AsArray();

        Assert.Equal(("AdaptiveCard", "1.4"), ((string?)card["type"], (string?)card["version"]));
        Assert.Equal(("URGENT: Suicide risk", "Attention"), ((string?)body[0]!["text"], (string?)body[0]!["color"]));
        Assert.Equal(summary.Sections.Count, body.Count(b => (string?)b!["type"] == "FactSet"));
        var barriers = body.Select((b, i) => (b, i)).Single(x => (string?)x.b!["text"] == "Barriers and plans").i;
        Assert.Equal("“no tengo carro para ir a la cita”", (string?)body[barriers + 1]!["facts"]![0]!["value"]);
    }

    /// <summary>A Spanish conversation through the real pipeline: a ride barrier, a plan shared with the care team, then a crisis message.</summary>
    private static async Task<EscalationSummary> RealConversationAsync(string clinicianLanguage)
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        foreach (var message in new[] { "no tengo carro para ir a la cita", "si", "no", "2", "si", Crisis })
        {
            await bot.SayAsync("conv-ride", message);
        }

        var urgent = Assert.Single((await bot.Services.GetRequiredService<IEscalationStore>().ListAsync(new EscalationQuery(Urgency: "urgent"), TestContext.Current.CancellationToken)).Items);
        return await Summaries(bot, clinicianLanguage).BuildAsync(urgent, TestContext.Current.CancellationToken);
    }

    private static EscalationSummaries Summaries(BotServices bot, string clinicianLanguage) => new(
        bot.Store,
        bot.Services.GetRequiredService<IStringLocalizer<Strings>>(),
        Options.Create(new ClinicianOptions { Language = clinicianLanguage }),
        bot.Services.GetRequiredService<IOptions<ClinicOptions>>());

    /// <summary>A Spanish conversation through the real pipeline, care notes of every kind written into its state, then a crisis message.</summary>
    private static async Task<EscalationSummary> SummariesAsync(string clinicianLanguage, string caregiverName = "Rosa")
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var ct = TestContext.Current.CancellationToken;
        await bot.SayAsync("conv-es", "hola");
        await bot.SayAsync("conv-es", "si");
        await AddNotesAsync(bot.Store, "conv-es", caregiverName);
        await bot.SayAsync("conv-es", Crisis);
        var escalation = Assert.Single((await bot.Services.GetRequiredService<IEscalationStore>().ListAsync(new EscalationQuery(), ct)).Items);
        return await Summaries(bot, clinicianLanguage).BuildAsync(escalation, ct);
    }

    /// <summary>What the barrier and stigma conversations would have written into the state.</summary>
    private static async Task AddNotesAsync(IConversationStore store, string conversationId, string caregiverName)
    {
        var ct = TestContext.Current.CancellationToken;
        var loaded = await store.LoadAsync(conversationId, ct);
        var notes = loaded.Data.Notes;
        notes.CaregiverName = caregiverName;
        notes.Barriers.Add(new BarrierNote
        {
            Kind = "transport",
            Words = "no tengo carro para ir a la cita",
            Detail = "el autobús no pasa cerca",
            PlanText = "Pedir un viaje a Medicaid",
            SharedWithCareTeam = true,
        });
        notes.Concerns.Add(new ConcernNote { Kind = "family_opinion", Words = "mi suegra dice que mi hijo no está loco" });
        (notes.ConfidenceBefore, notes.ConfidenceAfter) = (4, 7);
        notes.HandoutsSent.Add("not-your-fault");
        notes.CallBack = new CallBackNote { When = "mañana después de las 5", Way = "call", Language = "es", LanguageAsked = true };
        var asked = DateTimeOffset.UtcNow.AddMinutes(-10);
        notes.RiskEvents.Add(new RiskNote { At = asked, Level = "possible", Category = "suicide", Quote = "a veces dice que ya no aguanta", AnsweredSafeAt = asked.AddMinutes(1) });
        var write = new ConversationWrite(conversationId, "test", loaded.Version, loaded.Data, [], [], DateTimeOffset.UtcNow);
        Assert.True(await store.TrySaveAsync(write, ct));
    }
}
