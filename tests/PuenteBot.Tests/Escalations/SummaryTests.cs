using Microsoft.Extensions.DependencyInjection;
using Moq;
using PuenteBot.Channels.Sms;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// The clinician's SBAR summary of real conversations through the pipeline — a Spanish crisis, an English one, a
/// barrier report and a call-back — in English and in Spanish, built from what the escalation stored.
/// </summary>
public class SummaryTests
{
    private const string Crisis = "mi hijo se quiere suicidar";

    [Fact]
    public async Task A_Spanish_crisis_reads_in_SBAR_order_in_English_with_the_Spanish_words_quoted()
    {
        await using var bot = new SummaryBot();
        var summary = await SpanishCrisisAsync(bot, "en");
        var text = summary.ToText();
        Print(text);

        Assert.Equal(["situation", "background", "assessment", "recommendation", "excerpt"], summary.Sections.Select(s => s.Key));
        Assert.Equal("UPDATE URGENT: Suicide risk", summary.Title);
        Assert.Contains("SITUATION\n- Urgency: URGENT\n- Reason: Suicide risk\n", text, StringComparison.Ordinal);
        Assert.Contains("- Their words: “mi hijo se quiere suicidar” [es]\n", text, StringComparison.Ordinal);
        Assert.Matches(@"- Raised: today at \d{1,2}(:\d\d)? (am|pm) \(America/Chicago\)\n", text);
        Assert.DoesNotContain("- Update, today at 9:05 am", text, StringComparison.Ordinal); // the safety answer is the Assessment's, once
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "no sé si está a salvo"));
        Assert.Contains("BACKGROUND\n- Child: Mateo (MRN 448812)\n- Assigned clinician: Dr. Alvarez\n", text, StringComparison.Ordinal);
        Assert.Contains("- Family's language: Spanish\n", text, StringComparison.Ordinal);
        Assert.Contains("- Safety answer, today at 9:05 am: “no sé si está a salvo” [es] — Unsure (treated as not safe)\n", text, StringComparison.Ordinal);
        Assert.Contains("- PuenteBot told them: Given 911 and 988 (call or text), and to stay with the child and put away medicines, blades and firearms", text, StringComparison.Ordinal);
        Assert.Contains("RECOMMENDATION\n- Next step: Call the caregiver now at (number in the portal); if no answer in 10 minutes, follow the clinic's welfare-check procedure.\n", text, StringComparison.Ordinal);
        Assert.Contains("CONVERSATION EXCERPT\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SummaryBot.Phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SummaryBot.Caregiver, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_crisis_for_a_Spanish_speaking_reader_has_Spanish_headings_and_times_in_Spanish()
    {
        await using var bot = new SummaryBot();
        var text = (await SpanishCrisisAsync(bot, "es")).ToText();
        Print(text);

        Assert.StartsWith("ACTUALIZACIÓN URGENTE: Riesgo de suicidio\n\nSITUACIÓN\n- Urgencia: URGENTE\n", text, StringComparison.Ordinal);
        Assert.Contains("ANTECEDENTES\n- Niño o niña: Mateo (expediente 448812)\n", text, StringComparison.Ordinal);
        Assert.Contains("- Respuesta sobre seguridad, hoy a las 9:05 a. m.: “no sé si está a salvo” — No está seguro (se trató como peligro)\n", text, StringComparison.Ordinal);
        Assert.Contains("RECOMENDACIÓN\n- Siguiente paso: Llame ahora a la persona cuidadora al (número en el portal);", text, StringComparison.Ordinal);
        Assert.Contains("- Idioma de la familia: español\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_staff_see_the_caregiver_and_the_enrolled_number_in_the_recommendation()
    {
        await using var bot = new SummaryBot();
        await bot.EnrollAsync("c-es");
        await bot.SayAllAsync("c-es", "hola", "si", Crisis);
        var summary = await bot.Summaries.BuildAsync(await bot.EscalationAsync("urgent"), "en", includeContact: true, TestContext.Current.CancellationToken);
        var text = summary.ToText();

        Assert.Contains($"- Caregiver: {SummaryBot.Caregiver}\n", text, StringComparison.Ordinal);
        Assert.Contains($"- Next step: Call the caregiver now at {SummaryBot.Phone}; if no answer in 10 minutes", text, StringComparison.Ordinal);
        Assert.Contains($"- Phone: {SummaryBot.Phone}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task For_staff_an_SMS_family_not_enrolled_is_reached_at_the_number_it_texted_from()
    {
        var sms = new Mock<ISmsStore>();
        sms.Setup(s => s.FindContactAsync("c-sms", It.IsAny<CancellationToken>())).ReturnsAsync(new SmsContact("c-sms", "+15550001111", "+15559990000"));
        await using var bot = new SummaryBot(configure: services => services.AddSingleton(sms.Object));
        await bot.SayAllAsync("c-sms", "hola", "si", Crisis);
        var escalation = await bot.EscalationAsync("urgent");

        var staff = (await bot.Summaries.BuildAsync(escalation, "en", includeContact: true, TestContext.Current.CancellationToken)).ToText();
        var notification = (await bot.Summaries.BuildAsync(escalation, TestContext.Current.CancellationToken)).ToText();

        Assert.Contains("- Phone: +15550001111\n", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("+15550001111", notification, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_overdose_has_the_help_given_in_words_and_what_the_family_did()
    {
        await using var bot = new SummaryBot();
        await bot.SayAllAsync("c-en", "hi", "yes", "my son took a bottle of pills and he is not waking up");
        bot.Clock.Advance(TimeSpan.FromMinutes(4));
        await bot.Bot.SayAsync("c-en", "ok 911 is here");
        var summary = await bot.Summaries.BuildAsync(await bot.EscalationAsync("urgent"), "en", includeContact: false, TestContext.Current.CancellationToken);
        var text = summary.ToText();
        Print(text);

        Assert.StartsWith("UPDATE URGENT: Medical emergency\n", text, StringComparison.Ordinal);
        Assert.Contains("- Their words: “my son took a bottle of pills and he is not waking up”\n", text, StringComparison.Ordinal);
        Assert.Contains("- Kind: Overdose or poisoning\n", text, StringComparison.Ordinal);
        Assert.Contains("- Update, today at 9:04 am: “ok 911 is here”", text, StringComparison.Ordinal);
        Assert.Contains("- PuenteBot told them: Given 911 and Poison Help (1-800-222-1222), and not to make them vomit", text, StringComparison.Ordinal);
        Assert.Contains("- What they did, today at 9:04 am: “ok 911 is here” — Help has arrived\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("safety question", text, StringComparison.Ordinal); // asking is not help given
        Assert.Contains("- Child: Not linked to an enrolled family\n", text, StringComparison.Ordinal);
        Assert.Contains("- Next step: Call the caregiver now at (number in the portal)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_barrier_report_recommends_what_to_address_at_the_next_visit()
    {
        await using var bot = new SummaryBot();
        await bot.SayAllAsync("c-ride", "no tengo carro para ir a la cita", "si", "no", "2", "si");
        var summary = await bot.Summaries.BuildAsync(await bot.EscalationAsync("barrier_report"), "en", includeContact: false, TestContext.Current.CancellationToken);
        var text = summary.ToText();
        Print(text);

        Assert.Equal("Barrier report: Barriers to coming back", summary.Title);
        Assert.Contains("- Transport: “no tengo carro para ir a la cita” [es]\n", text, StringComparison.Ordinal);
        Assert.Contains("- Plan chosen: Ask a relative or neighbor for a ride\n", text, StringComparison.Ordinal);
        Assert.Contains("RECOMMENDATION\n- Next step: At the next visit, address: Transport; confirm the plan they chose (below).\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ASSESSMENT", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_back_says_when_in_words_in_the_readers_language()
    {
        await using var bot = new SummaryBot();
        await bot.SayAllAsync("c-call", "hola", "si", "quiero hablar con una persona", "mañana después de las 5", "llamada", "sí");
        var escalation = await bot.EscalationAsync("routine");
        var english = (await bot.Summaries.BuildAsync(escalation, "en", includeContact: false, TestContext.Current.CancellationToken)).ToText();
        var spanish = (await bot.Summaries.BuildAsync(escalation, "es", includeContact: false, TestContext.Current.CancellationToken)).ToText();
        Print(english + "\n" + spanish);

        Assert.Contains("RECOMMENDATION\n- Next step: Call back tomorrow after 5 pm as asked, at (number in the portal).\n- Best time: tomorrow after 5 pm\n", english, StringComparison.Ordinal);
        Assert.Contains("- Their words for the time: “mañana después de las 5” [es]\n", english, StringComparison.Ordinal);
        Assert.Contains("- Siguiente paso: Devuelva la llamada mañana después de las 5 p. m., como lo pidieron, al (número en el portal).\n", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-12-02T17:00", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_excerpt_is_what_led_to_the_escalation_even_after_the_conversation_went_on()
    {
        await using var bot = new SummaryBot();
        await bot.SayAllAsync("c-later", "hola", "si", "estoy muy preocupada por mi hijo", Crisis);
        await bot.SayAllAsync("c-later", "gracias", "ya estamos mejor", "ok", "adiós", "hola otra vez", "sí", "bien", "nada más", "gracias");
        var summary = await bot.Summaries.BuildAsync(await bot.EscalationAsync("urgent"), "en", includeContact: false, TestContext.Current.CancellationToken);

        var excerpt = summary.Sections.Single(s => s.Key == "excerpt").Lines.Select(l => l.Text).ToList();
        Assert.Equal(["hola", "si", "estoy muy preocupada por mi hijo", Crisis], excerpt);
        Assert.All(summary.Sections.Single(s => s.Key == "excerpt").Lines, l => Assert.Equal("es", l.QuotedLanguage));
    }

    [Fact]
    public async Task An_earlier_escalation_of_the_conversation_is_in_the_background_with_its_state()
    {
        await using var bot = new SummaryBot();
        await bot.SayAllAsync("c-two", "hola", "si", "quiero hablar con una persona", "mañana después de las 5", "llamada", "sí");
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        await bot.Bot.SayAsync("c-two", Crisis);
        var text = (await bot.Summaries.BuildAsync(await bot.EscalationAsync("urgent"), "en", includeContact: false, TestContext.Current.CancellationToken)).ToText();

        Assert.Contains("- Earlier escalation, today at 9 am: Routine: Asked to talk to a person — ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_stored_before_excerpts_quotes_the_log_only_up_to_when_it_was_raised()
    {
        await using var bot = new SummaryBot();
        await SeededEscalations.AddAsync(bot.Bot.Store, "c-old", "routine", SummaryBot.Now, quote: "necesito hablar con alguien");
        await SeededEscalations.AddAsync(bot.Bot.Store, "c-old", "urgent", SummaryBot.Now.AddHours(1), quote: "mi hijo se quiere suicidar");
        var old = await bot.EscalationAsync("routine");
        Assert.False(old.Summary.ContainsKey("excerpt"));

        var summary = await bot.Summaries.BuildAsync(old, "en", includeContact: false, TestContext.Current.CancellationToken);

        Assert.Equal(["necesito hablar con alguien"], summary.Sections.Single(s => s.Key == "excerpt").Lines.Select(l => l.Text));
        Assert.Equal("Routine: Asked to talk to a person", summary.Title);
    }

    /// <summary>An enrolled Spanish-speaking family: a crisis message, then the crisis dialog's assessment and a later message ("no sé").</summary>
    private static async Task<EscalationSummary> SpanishCrisisAsync(SummaryBot bot, string readerLanguage)
    {
        await bot.EnrollAsync("c-es");
        await bot.SayAllAsync("c-es", "hola", "si", Crisis);
        bot.Clock.Advance(TimeSpan.FromMinutes(5));
        await bot.Bot.SayAsync("c-es", "no sé si está a salvo");
        return await bot.Summaries.BuildAsync(await bot.EscalationAsync("urgent"), readerLanguage, includeContact: false, TestContext.Current.CancellationToken);
    }

    private static void Print(string text) => TestContext.Current.TestOutputHelper?.WriteLine(text);
}
