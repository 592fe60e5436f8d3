using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// The summary in each medium a notifier sends (Teams card, email text and HTML, webhook JSON): what the family typed
/// stays literal text, the caregiver's name and number stay out unless <c>Escalation:IncludeContact</c>, every
/// notification links to the escalation's portal page, and an urgent email is marked high priority.
/// </summary>
public class SummaryMediaTests
{
    private const string Attack = "[Open secure portal](https://evil.example/login) **now** <b>hi</b> <script>alert(1)</script>\n# Title\n1. one";
    private const string BaseUrl = "https://puente.clinic.test/";

    [Fact]
    public async Task The_Teams_card_keeps_a_Markdown_link_the_family_typed_as_text_that_links_nowhere()
    {
        await using var bot = new SummaryBot(Settings());
        var message = await AttackMessageAsync(bot);
        var json = TeamsNotifier.Message(message.Summary).ToJsonString();
        var card = TeamsNotifier.Message(message.Summary)["attachments"]![0]!["content"]!.AsObject();
        var blocks = card["body"]!.AsArray().Select(b => b!.AsObject()).ToList();

        var runs = blocks.Where(b => (string?)b["type"] == "RichTextBlock").SelectMany(b => b["inlines"]!.AsArray()).Select(r => (string?)r!["text"] ?? string.Empty).ToList();
        var quoted = Assert.Single(runs, r => r.Contains("Open secure portal", StringComparison.Ordinal));
        Assert.StartsWith("“[Open secure portal](https[:]//evil.example/login) **now** <b>hi</b> <script>alert(1)</script> # Title 1. one”", quoted, StringComparison.Ordinal);
        Assert.DoesNotContain("https://evil", json, StringComparison.Ordinal);
        Assert.All(blocks.Where(b => (string?)b["type"] == "TextBlock"), b => Assert.DoesNotContain("](", (string?)b["text"], StringComparison.Ordinal));
        Assert.All(blocks, b => Assert.True((string?)b["type"] is "TextBlock" or "RichTextBlock"));
        var action = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal(("Action.OpenUrl", $"https://puente.clinic.test/portal/escalations/{message.Escalation.Id}"), ((string?)action!["type"], (string?)action["url"]));
    }

    [Fact]
    public void Markdown_escaping_leaves_no_character_a_TextBlock_would_format()
    {
        Assert.Equal(@"\[a\]\(https://x\) \*\*b\*\* \_c\_ \# \> \- \+ 1\. \! \| \~ \` \\ \<i\> \&amp; \{\{DATE\(x\)\}\}", CardMarkdown.Escape("[a](https://x) **b** _c_ # > - + 1. ! | ~ ` \\ <i> &amp; {{DATE(x)}}"));
        Assert.Equal("see www[.]evil.example or HTTPS[:]//evil.example/x { {TIME(y)}}", CardMarkdown.Plain("see www.evil.example or HTTPS://evil.example/x {{TIME(y)}}"));
    }

    [Fact]
    public async Task The_HTML_encodes_what_the_family_typed_and_links_only_to_the_portal()
    {
        await using var bot = new SummaryBot(Settings());
        var html = (await AttackMessageAsync(bot)).Summary.ToHtml();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<q lang=\"en\">[Open secure portal](https://evil.example/login) **now** &lt;b&gt;hi&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "<a "));
        Assert.Contains("<a href=\"https://puente.clinic.test/portal/escalations/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_urgent_email_is_high_priority_its_text_part_is_plain_and_its_HTML_part_encoded()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var bot = new SummaryBot(Settings(smtp.Port));
        var message = await AttackMessageAsync(bot);
        var email = bot.Bot.Services.GetServices<IEscalationNotifier>().OfType<EmailNotifier>().Single();

        await email.SendAsync(message, TestContext.Current.CancellationToken);

        var mail = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Assert.Single(smtp.Messages()))), TestContext.Current.CancellationToken);
        Assert.StartsWith("1", mail.Headers["X-Priority"], StringComparison.Ordinal);
        Assert.Equal("high", mail.Headers["Importance"], ignoreCase: true);
        Assert.Equal("urgent", mail.Headers["Priority"], ignoreCase: true);
        Assert.Contains("- Their words: “[Open secure portal](https://evil.example/login) **now** <b>hi</b> <script>alert(1)</script> # Title 1. one”\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Open in the portal: https://puente.clinic.test/portal/escalations/{message.Escalation.Id}\n", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_routine_email_has_no_priority_headers()
    {
        await using var bot = new SummaryBot(Settings(smtpPort: 2525));
        await bot.SayAllAsync("c-call", "hola", "si", "quiero hablar con una persona", "mañana después de las 5", "llamada", "sí");
        var escalation = await bot.EscalationAsync("routine");
        var message = new EscalationMessage(escalation, await bot.Summaries.BuildAsync(escalation, TestContext.Current.CancellationToken), "k", 1);

        var mail = bot.Bot.Services.GetServices<IEscalationNotifier>().OfType<EmailNotifier>().Single().Compose(message);

        Assert.False(mail.Headers.Contains("X-Priority"));
        Assert.False(mail.Headers.Contains("Importance"));
    }

    [Fact]
    public async Task The_webhook_body_is_JSON_with_no_HTML_or_Markdown_built_and_the_portal_link()
    {
        await using var bot = new SummaryBot(Settings());
        var message = await AttackMessageAsync(bot);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(WebhookNotifier.Body(message), DialogJson.Options);
        var body = JsonNode.Parse(bytes)!.AsObject();

        Assert.False(body.ContainsKey("html"));
        Assert.Equal($"https://puente.clinic.test/portal/escalations/{message.Escalation.Id}", (string?)body["portalUrl"]);
        var raw = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<q", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("https[:]", raw, StringComparison.Ordinal);
        var quote = body["summary"]!["sections"]!.AsArray().SelectMany(s => s!["lines"]!.AsArray()).Single(l => (string?)l!["label"] == "Their words")!;
        Assert.Equal(Attack, (string?)quote["text"]);
    }

    [Fact]
    public async Task Without_IncludeContact_no_notifier_body_has_the_caregivers_name_or_number()
    {
        await using var bot = new SummaryBot(Settings());
        var bodies = await NotifierBodiesAsync(bot);

        Assert.All(bodies, body =>
        {
            Assert.DoesNotContain(SummaryBot.Phone, body, StringComparison.Ordinal);
            Assert.DoesNotContain("5558675309", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Rosa", body, StringComparison.Ordinal);
            Assert.Contains("(number in the portal)", body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task With_IncludeContact_the_notifier_bodies_carry_the_number()
    {
        var settings = Settings();
        settings["Escalation:IncludeContact"] = "true";
        await using var bot = new SummaryBot(settings);
        var bodies = await NotifierBodiesAsync(bot);

        Assert.All(bodies, body => Assert.Contains("5558675309", body, StringComparison.Ordinal)); // JSON and HTML encode the '+'
    }

    [Fact]
    public async Task Without_Hosting_PublicBaseUrl_the_SMS_address_is_used_and_without_either_there_is_no_link()
    {
        await using (var sms = new SummaryBot(new Dictionary<string, string?> { ["Sms:PublicBaseUrl"] = "https://sms.clinic.test" }))
        {
            var summaries = sms.Bot.Services.GetRequiredService<EscalationSummaries>();
            Assert.Equal("https://sms.clinic.test/portal/escalations/e%2F1", summaries.LinkOf("e/1"));
        }

        await using var none = new SummaryBot();
        Assert.Null(none.Summaries.LinkOf("e1"));
        Assert.Null(none.Summaries.Build(Escalation(Attack), []).Link);
    }

    /// <summary>An enrolled family's crisis (the caregiver gave her name and number too): every notifier's body as sent.</summary>
    private static async Task<List<string>> NotifierBodiesAsync(SummaryBot bot)
    {
        await bot.EnrollAsync("c-es");
        await bot.SayAllAsync("c-es", "hola", "si");
        await bot.EditNotesAsync("c-es", notes =>
        {
            notes.CaregiverName = "Rosa";
            notes.Contact = new() { Name = "Rosa", Phone = SummaryBot.Phone, PhoneWords = "555 867 5309" };
        });
        await bot.Bot.SayAsync("c-es", "mi hijo se quiere suicidar");
        var escalation = await bot.EscalationAsync("urgent");
        var summary = await bot.Summaries.BuildAsync(escalation, TestContext.Current.CancellationToken);
        var message = new EscalationMessage(escalation, summary, escalation.Id + ":email", 1);
        var mail = bot.Bot.Services.GetServices<IEscalationNotifier>().OfType<EmailNotifier>().Single().Compose(message);
        using var written = new MemoryStream();
        await mail.WriteToAsync(written, TestContext.Current.CancellationToken);
        return
        [
            TeamsNotifier.Message(summary).ToJsonString(),
            Encoding.UTF8.GetString(written.ToArray()),
            mail.TextBody ?? string.Empty,
            mail.HtmlBody ?? string.Empty,
            Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(WebhookNotifier.Body(message), DialogJson.Options)),
        ];
    }

    /// <summary>An urgent escalation whose triggering message is Markdown, HTML and line-start markers, as a notifier gets it.</summary>
    private static async Task<EscalationMessage> AttackMessageAsync(SummaryBot bot)
    {
        var escalation = Escalation(Attack);
        return new EscalationMessage(escalation, await bot.Summaries.BuildAsync(escalation, TestContext.Current.CancellationToken), escalation.Id + ":teams", 1);
    }

    private static EscalationRecord Escalation(string quote) => new(
        "esc-attack", "c-attack", "urgent", "suicide", EscalationStates.Pending,
        new JsonObject { ["reason"] = "suicide", ["channel"] = "webchat", ["language"] = "en", ["quote"] = quote, ["level"] = "urgent", ["excerpt"] = new JsonArray() },
        SummaryBot.Now, null, null);

    private static Dictionary<string, string?> Settings(int? smtpPort = null)
    {
        var settings = new Dictionary<string, string?> { ["Hosting:PublicBaseUrl"] = BaseUrl };
        foreach (var (key, value) in EscalationSettings.With(smtpPort: smtpPort ?? 2525).Where(s => s.Key.StartsWith("Escalation:Email", StringComparison.Ordinal)))
        {
            settings[key] = value;
        }

        return settings;
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
