using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Audit;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Cases;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Portal;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// The clinician's side end to end, as a clinic uses it. A Spanish-speaking family enrolled through
/// <c>POST /api/families</c> texts a crisis (local Twilio fake); the care team's Teams channel gets an English SBAR card
/// with the portal link and without the family's number; an English-reading clinician opens it in the portal (the
/// number shown, and that view audited), claims it, writes to the family, hands back and closes it. The summary as the
/// portal shows it, the card, and the case's audit rows are written to TestResults/artifacts (clinician-side-*).
/// </summary>
public partial class ClinicianSideTests
{
    private const string Phone = "+15005550123";
    private const string Crisis = "tengo mucho miedo, mi hijo dice que se quiere matar";
    private const string SafetyAnswer = "no sé, se fue a trabajar pero regresa a las 6";
    private const string DangerDuringHandoff = "ahora dice que se va a cortar con una navaja";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Spanish_crisis_reaches_an_English_clinician_who_acts_on_it_and_every_step_is_audited()
    {
        await using var teams = await EscalationReceiver.StartAsync();
        var settings = EscalationSettings.With(teamsUrl: teams.Url);
        foreach (var (key, value) in PortalSite.Settings("en"))
        {
            settings[key] = value;
        }

        settings["Clinic:Name"] = "Clínica Sol";
        settings["Clinicians:Language"] = "en";
        settings["Hosting:PublicBaseUrl"] = FakeTwilioBot.PublicBase;
        await using var bot = new FakeTwilioBot(settings);
        var api = bot.App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EscalationSettings.ApiKey);

        var enrolled = await api.PostAsJsonAsync("/api/families", new
        {
            mrn = "448812", childFirstName = "Mateo", caregiverName = "Rosa Jiménez", phone = Phone, language = "es", channel = "sms", clinician = "Dr. Alvarez",
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        await bot.Api.WaitForAsync(1);
        var sms = bot.Sms(Phone);
        var said = new List<string>();
        foreach (var text in new[] { "hola", "sí", Crisis, SafetyAnswer })
        {
            var reply = await sms.SendAsync(text);
            said.Add($"> {text}\n" + string.Join("\n", reply.Messages.Select(m => "< " + m)));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", said));
        static bool IsUpdate(EscalationReceiver.Request request) => Encoding.UTF8.GetString(request.Body).Contains("\"UPDATE URGENT", StringComparison.Ordinal);
        await teams.WaitUntilAsync(r => r.Requests.Any(IsUpdate)); // the crisis, then its update with the safety answer (in either order)
        var escalation = Assert.Single((await bot.Service<IEscalationStore>().ListAsync(new EscalationQuery(Urgency: "urgent"), Cancel)).Items);
        var page = $"/portal/escalations/{escalation.Id}";

        using var portal = new PortalClient(bot.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        using var signedIn = await portal.SignInAsync();
        var (status, html) = await portal.GetAsync(page);
        var shown = SummaryText(html);
        using var claim = await portal.SubmitAsync(page, page + "/claim");
        using var join = await portal.SubmitAsync(page, page + "/join");
        using var write = await portal.SubmitAsync(page, page + "/reply", new() { ["text"] = "Hola Rosa, soy Ana de la clínica. ¿Dónde está Mateo ahora?" });
        var during = await sms.SendAsync(DangerDuringHandoff); // the safety message still answers danger; the case stays one
        await sms.SendAsync("sí, ya está conmigo y guardé las medicinas");
        using var handBack = await portal.SubmitAsync(page, page + "/handback");
        using var close = await portal.SubmitAsync(page, page + "/close", new() { ["disposition"] = CaseDispositions.ReachedFamily, ["note"] = "Safety plan reviewed by phone; visit tomorrow." });
        var audit = await bot.Service<IAuditLog>().QueryAsync(new AuditQuery(EscalationId: escalation.Id), Cancel);
        var rows = audit.Items.Reverse().ToList();

        var card = JsonNode.Parse(teams.Requests.First(IsUpdate).Body)!["attachments"]![0]!["content"]!;
        var cardJson = card.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var cardText = string.Join("\n", card["body"]!.AsArray().OfType<JsonObject>().Select(CardLine))
            + string.Concat((card["actions"] as JsonArray ?? []).OfType<JsonObject>().Select(a => $"\n[{(string?)a["title"]}]({(string?)a["url"]})"));
        File.WriteAllText(Artifacts.PathFor("clinician-side-portal-summary.txt"), shown);
        File.WriteAllText(Artifacts.PathFor("clinician-side-teams-card.json"), cardJson);
        File.WriteAllText(Artifacts.PathFor("clinician-side-teams-card.txt"), cardText);
        File.WriteAllText(Artifacts.PathFor("clinician-side-conversation.txt"), string.Join("\n", said));
        File.WriteAllText(Artifacts.PathFor("clinician-side-audit.tsv"), "at\tactor\taction\tescalation\tfamily\tdetail\n" + string.Join("\n", rows.Select(r =>
            string.Join('\t', r.At.ToString("u", CultureInfo.InvariantCulture), r.Actor, r.Action, r.EscalationId, r.FamilyId, r.Detail))));
        TestContext.Current.TestOutputHelper?.WriteLine(shown + "\n----\n" + cardText);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], [claim.StatusCode, join.StatusCode, write.StatusCode, handBack.StatusCode, close.StatusCode]);

        // Danger while the clinician is in the conversation: the safety message, and an update of the same case.
        Assert.Contains(during.Messages, m => m.Contains("911", StringComparison.Ordinal));
        var urgent = Assert.Single((await bot.Service<IEscalationStore>().ListAsync(new EscalationQuery(Urgency: "urgent"), Cancel)).Items);
        Assert.Equal(escalation.Id, urgent.Id);
        Assert.Contains(urgent.Summary["updates"]!.AsArray(), u => (string?)u!["quote"] == DangerDuringHandoff);

        // The portal: English labels, the family's words in Spanish, who the child is, the safety answer, how to call.
        Assert.Contains("Situation", shown, StringComparison.Ordinal);
        Assert.Contains("Their words: " + Crisis, shown, StringComparison.Ordinal); // quoted by <q lang="es">
        Assert.Contains("Mateo", shown, StringComparison.Ordinal);
        Assert.Contains("448812", shown, StringComparison.Ordinal);
        Assert.Contains("Dr. Alvarez", shown, StringComparison.Ordinal);
        Assert.Contains($"{SafetyAnswer} — Unsure (treated as not safe) · The person left", shown, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(shown, Regex.Escape(SafetyAnswer)));
        Assert.Contains("Call the caregiver now at " + Phone, shown, StringComparison.Ordinal);
        Assert.Contains("Rosa Jiménez", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("T1", Regex.Match(shown, "Raised: [^\n]*").Value, StringComparison.Ordinal); // a time in words, not a timestamp

        // The Teams card: the same summary in English, the portal link, no number and no caregiver's name.
        Assert.Contains($"“{Crisis}”", cardText, StringComparison.Ordinal);
        Assert.Contains("448812", cardText, StringComparison.Ordinal);
        Assert.Contains(SafetyAnswer, cardText, StringComparison.Ordinal);
        Assert.Contains($"{FakeTwilioBot.PublicBase}{page}", cardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, cardJson, StringComparison.Ordinal);
        Assert.DoesNotContain("5550123", cardJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Rosa", cardJson, StringComparison.Ordinal);

        // The case's audit rows: who, what, when, never the words.
        Assert.Equal(
            [AuditActions.Claim, AuditActions.Join, AuditActions.Message, AuditActions.HandBack, AuditActions.Close, AuditActions.Note],
            rows.Select(r => r.Action).Where(a => a is not AuditActions.View and not AuditActions.ContactView));
        Assert.Equal([AuditActions.View, AuditActions.ContactView], rows.Take(2).Select(r => r.Action)); // every page view shows the number: each is audited
        Assert.Equal(rows.Count(r => r.Action == AuditActions.View), rows.Count(r => r.Action == AuditActions.ContactView));
        Assert.All(rows, r => Assert.Equal(PortalClient.User, r.Actor));
        Assert.DoesNotContain(rows, r => (r.Detail ?? string.Empty).Contains("Rosa", StringComparison.Ordinal) || (r.Detail ?? string.Empty).Contains("Mateo", StringComparison.Ordinal));
    }

    /// <summary>One element of the card as Teams shows it: a text block's text, a rich text block's runs side by side.</summary>
    private static string CardLine(JsonObject element) => (string?)element["type"] switch
    {
        "RichTextBlock" => string.Concat((element["inlines"] as JsonArray ?? []).OfType<JsonObject>().Select(run => (string?)run["text"])),
        "ActionSet" => string.Join(" ", (element["actions"] as JsonArray ?? []).OfType<JsonObject>().Select(a => $"[{(string?)a["title"]}]({(string?)a["url"]})")),
        _ => (string?)element["text"] ?? string.Empty,
    };

    /// <summary>The summary article of an escalation page as a reader sees it: one line per heading and per item.</summary>
    private static string SummaryText(string html)
    {
        var article = ArticlePattern().Match(html).Value;
        var lines = LineEndPattern().Replace(article, "\n");
        return string.Join("\n", WebUtility.HtmlDecode(TagPattern().Replace(lines, string.Empty))
            .Split('\n').Select(line => SpacePattern().Replace(line, " ").Trim()).Where(line => line.Length > 0));
    }

    [GeneratedRegex("""<article class="escalation-summary.*?</article>""", RegexOptions.Singleline)]
    private static partial Regex ArticlePattern();

    [GeneratedRegex("</(li|h2|h3|p)>")]
    private static partial Regex LineEndPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
