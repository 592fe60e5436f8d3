using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Portal.Handoff;
using PuenteBot.State;

namespace PuenteBot.Tests.Portal;

/// <summary>The transcript names who wrote each line: the family, PuenteBot, or the clinician by their own name.</summary>
public class PortalTranscriptTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task A_clinicians_reply_is_labelled_with_their_name_not_puentebot(string portalLanguage)
    {
        await using var site = PortalSite.Create(PortalSite.Settings(portalLanguage));
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var chat = await FamilyChat.StartAsync(site.CreateClient()); // a web chat the clinician can reach
        var id = await PortalSite.EscalateAsync(site.Services, chat.ConversationId, Urgency.Routine, "talk_to_clinician", DateTimeOffset.UtcNow, "directline");
        var page = $"/portal/escalations/{id}";
        using var join = await client.SubmitAsync(page, page + "/join");
        using var reply = await client.SubmitAsync(page, page + "/reply", new() { ["text"] = "¿Le puedo llamar hoy a las 3?" });

        var (_, transcript) = await client.GetAsync(page + "/transcript");
        var strings = site.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var bot = strings.For(portalLanguage, "Portal.Transcript.Bot");

        Assert.Contains("<li class=\"from-care-team\"><span class=\"who\">Ana Ruiz</span>", transcript, StringComparison.Ordinal);
        Assert.Contains(">¿Le puedo llamar hoy a las 3?</p>", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("(equipo de atención)", transcript, StringComparison.Ordinal);
        Assert.Contains($"<li class=\"from-bot\"><span class=\"who\">{bot}</span>", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain($"<li class=\"from-care-team\"><span class=\"who\">{bot}", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clinician_line_is_read_back_in_either_language_and_a_bot_line_is_the_bots()
    {
        await using var site = PortalSite.Create();
        var strings = site.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var at = DateTimeOffset.UtcNow;
        LogEntry Clinician(string text) => new(LogEntry.Outbound, ClinicianMessages.NewId(), "message", text, at);

        var english = ClinicianMessages.AuthorOf(Clinician(strings.For("en", "Handoff.Message", "Dr. Lee", "See you at 3.")), strings);
        var spanish = ClinicianMessages.AuthorOf(Clinician(strings.For("es", "Handoff.Message", "María José", "Hola:\nle llamo a las 3.")), strings);
        var unknown = ClinicianMessages.AuthorOf(Clinician("a wording the content no longer has"), strings);
        var bot = ClinicianMessages.AuthorOf(new LogEntry(LogEntry.Outbound, "b-1", "message", strings.For("en", "Handoff.Message", "Dr. Lee", "x"), at), strings);
        var family = ClinicianMessages.AuthorOf(new LogEntry(LogEntry.Inbound, "f-1", "message", "hola", at), strings);

        Assert.Equal(new LogAuthor(LogAuthor.Clinician, "Dr. Lee", "See you at 3."), english);
        Assert.Equal(new LogAuthor(LogAuthor.Clinician, "María José", "Hola:\nle llamo a las 3."), spanish);
        Assert.Equal(new LogAuthor(LogAuthor.Clinician, null, "a wording the content no longer has"), unknown);
        Assert.Equal(LogAuthor.Bot, bot.Kind);
        Assert.Equal(new LogAuthor(LogAuthor.Family, null, "hola"), family);
    }

    [Fact]
    public async Task PuenteBots_links_read_as_their_words_and_a_familys_markdown_stays_as_typed()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var id = await PortalSite.EscalateAsync(site.Services, "conv-links", Urgency.Routine, "talk_to_clinician", DateTimeOffset.UtcNow);
        var store = site.Services.GetRequiredService<IConversationStore>();
        var loaded = await store.LoadAsync("conv-links", TestContext.Current.CancellationToken);
        var at = DateTimeOffset.UtcNow;
        LogEntry[] log =
        [
            new(LogEntry.Inbound, "f-1", "message", "[Open secure portal](https://evil.example/login)", at),
            new(LogEntry.Outbound, "b-1", "message", "Si puede hacerse daño, [llame al 911](tel:911) o [mande AYUDA al 988](sms:988?body=AYUDA).", at),
        ];
        Assert.True(await store.TrySaveAsync(new ConversationWrite("conv-links", "sms", loaded.Version, loaded.Data, log, [], at), TestContext.Current.CancellationToken));

        var (_, transcript) = await client.GetAsync($"/portal/escalations/{id}/transcript");
        var text = PortalMarkup.Text(transcript);

        Assert.Contains("Si puede hacerse daño, llame al 911 o mande AYUDA al 988.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(tel:911)", text, StringComparison.Ordinal);
        Assert.Contains("[Open secure portal](https://evil.example/login)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", transcript, StringComparison.Ordinal);
    }
}
