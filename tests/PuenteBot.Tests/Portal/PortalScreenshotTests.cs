using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations;
using PuenteBot.Families;
using PuenteBot.Portal.Handoff;
using PuenteBot.Portal.SignIn;
using PuenteBot.Tests.Support;
using PuenteBot.Tests.WebChat;

namespace PuenteBot.Tests.Portal;

/// <summary>
/// The queue, a case page, the enrolment form and the family page it leads to in real Chromium, for a clinician reading English and one reading Spanish: every label in
/// their language, the clinician's own line under their name; saves <c>portal-{queue,case,enrol,family}-{en,es}.png</c> (docs/portal/).
/// </summary>
public class PortalScreenshotTests
{
    private static readonly string[] QueueLabels =
    [
        "Portal.Nav.CrisisReport", "Portal.SignOut", "Portal.Queue.Title", "Portal.Queue.Urgency", "Portal.Queue.Reason",
        "Portal.Queue.Age", "Portal.Queue.Channel", "Portal.Queue.Delivery", "Portal.Queue.Open",
    ];

    private static readonly string[] CaseLabels =
    [
        "Portal.Nav.CrisisReport", "Portal.SignOut", "Portal.Escalation.Back", "Portal.Escalation.Acknowledge", "Portal.Escalation.Transcript", "Portal.Handoff.Title", "Portal.Handoff.Reply", "Portal.Handoff.Send", "Portal.Handoff.HandBack", "Portal.Transcript.Family",
    ];

    private static readonly string[] EnrolLabels =
    [
        "Portal.Nav.Families", "Portal.Families.Enrol", "Portal.Family.Mrn", "Portal.Family.Child", "Portal.Family.Caregiver", "Portal.Family.Phone",
        "Portal.Family.Phone.Hint", "Portal.Family.Language", "Portal.Family.Channel", "Portal.Family.Channel.sms", "Portal.Family.Channel.webchat",
        "Portal.Family.Clinician", "Portal.Family.Consent", "Portal.Family.Submit",
    ];

    private static readonly string[] FamilyLabels =
    [
        "Portal.Family.Enrolled", "Portal.Family.Mrn", "Portal.Family.Caregiver", "Portal.Family.Phone", "Portal.Family.Invite", "Portal.Family.Back",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task The_queue_and_a_case_read_in_the_clinicians_language(string language)
    {
        NodeScript.RequireInstalled();
        Requirements.SkipUnless(File.Exists(WebChatBrowserTests.Chromium), $"Chromium at {WebChatBrowserTests.Chromium} (apt-get install chromium, or set CHROMIUM_PATH)");
        await using var bot = new KestrelBot(PortalSite.Settings(language));
        var now = DateTimeOffset.UtcNow;
        await PortalSite.EscalateAsync(bot.Services, "conv-report", Urgency.BarrierReport, "barriers", now.AddHours(-26), "directline", "en");
        var deadLetter = await PortalSite.EscalateAsync(bot.Services, "conv-routine", Urgency.Routine, "talk_to_clinician", now.AddHours(-3));
        await PortalSite.DeadLetterAsync(bot.Services, deadLetter, "HTTP 503 after 6 tries");
        using var family = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
        var chat = await FamilyChat.StartAsync(family);
        foreach (var text in new[] { "hola", "sí", "tengo miedo, mi hijo dice que se quiere matar" })
        {
            await chat.SayAsync(text);
        }

        var urgent = Assert.Single(await bot.Services.GetRequiredService<IEscalationStore>().QueueAsync(10, TestContext.Current.CancellationToken), e => e.ConversationId == chat.ConversationId).Id;
        var ana = new PortalClinician(PortalClient.User, "Ana Ruiz", language);
        var handoff = bot.Services.GetRequiredService<HandoffService>();
        Assert.Equal(HandoffResult.Delivered, await handoff.JoinAsync(chat.ConversationId, ana, TestContext.Current.CancellationToken));
        Assert.Equal(HandoffResult.Delivered, await handoff.ReplyAsync(chat.ConversationId, ana, "Soy Ana, de la clínica. ¿Está su hijo con usted ahora?", TestContext.Current.CancellationToken));
        await chat.SayAsync("sí, está conmigo");
        var (queueShot, caseShot) = (Artifacts.PathFor($"portal-queue-{language}.png"), Artifacts.PathFor($"portal-case-{language}.png"));
        var (enrolShot, familyShot) = (Artifacts.PathFor($"portal-enrol-{language}.png"), Artifacts.PathFor($"portal-family-{language}.png"));

        var output = await NodeScript.RunAsync("portal-screenshots.js", [bot.BaseUrl, PortalClient.User, PortalClient.Password, urgent, queueShot, caseShot, enrolShot, familyShot], timeout: TimeSpan.FromSeconds(120));

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var other = language == "en" ? "es" : "en";
        var pages = result.GetProperty("pages");
        foreach (var (name, keys) in new[] { ("queue", QueueLabels), ("escalation", CaseLabels), ("enrol", EnrolLabels), ("family", FamilyLabels) })
        {
            Assert.Equal(language, pages.GetProperty(name).GetProperty("lang").GetString());
            var text = pages.GetProperty(name).GetProperty("text").GetString()!;
            foreach (var key in keys)
            {
                Assert.Contains(strings.For(language, key), text, StringComparison.Ordinal);
                if (strings.For(other, key) is { Length: > 6 } foreign && foreign != strings.For(language, key))
                {
                    Assert.DoesNotContain(foreign, text, StringComparison.Ordinal);
                }
            }
        }

        var caseText = pages.GetProperty("escalation").GetProperty("text").GetString()!;
        Assert.Contains(strings.For(language, "Escalation.Title", strings.For(language, "Escalation.Urgency.urgent"), strings.For(language, "Escalation.Reason.suicide")), caseText, StringComparison.Ordinal);
        Assert.Contains("Ana Ruiz", caseText, StringComparison.Ordinal);
        Assert.Contains("¿Está su hijo con usted ahora?", caseText, StringComparison.Ordinal);
        Assert.True(new FileInfo(caseShot).Length > 10_000);
        var familyPage = pages.GetProperty("family");
        Assert.Equal("tel:+15558675309", familyPage.GetProperty("tel").GetString());
        Assert.Contains(strings.For(language, "Portal.Family.Title", "Mateo", "448812"), familyPage.GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.Contains("Rosa Jiménez", familyPage.GetProperty("text").GetString()!, StringComparison.Ordinal);
        var enrolled = Assert.Single(await bot.Services.GetRequiredService<IFamilyStore>().SearchAsync("448812", 5, TestContext.Current.CancellationToken));
        Assert.Equal(("Mateo", "webchat", "es", "+15558675309"), (enrolled.ChildFirstName, enrolled.Channel, enrolled.Language, enrolled.Phone)); // Spanish is the form's first choice
        Assert.True(new FileInfo(enrolShot).Length > 10_000 && new FileInfo(familyShot).Length > 10_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshots: {queueShot} {caseShot} {enrolShot} {familyShot}");
    }
}
