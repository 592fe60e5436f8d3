using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;

namespace PuenteBot.Tests.Portal;

/// <summary>
/// What a family typed is text on every portal page, never markup: the framework encodes it on the queue, the
/// escalation page (summary and transcript) and the polled transcript; the CSP stays, and every POST form carries
/// the anti-forgery token.
/// </summary>
public class PortalEncodingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";
    private const string Link = "[Open secure portal](https://evil.example/login)";

    public static TheoryData<string> Payloads => [Script, Attribute, Link];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_family_message_is_text_on_the_queue_the_escalation_page_and_the_transcript(string payload)
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var id = await EscalateAsync(site.Services, "conv-xss", payload);

        var (_, queue) = await client.GetAsync("/portal");
        var (_, table) = await client.GetAsync("/portal/queue");
        var (_, page) = await client.GetAsync($"/portal/escalations/{id}");
        var (_, transcript) = await client.GetAsync($"/portal/escalations/{id}/transcript");

        foreach (var html in new[] { queue, table, page, transcript })
        {
            AssertInert(html);
            Assert.Contains(payload, PortalMarkup.Text(html), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_post_form_carries_the_anti_forgery_token_and_every_page_the_csp()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var chat = await FamilyChat.StartAsync(site.CreateClient()); // a web chat the clinician can join
        var id = await EscalateAsync(site.Services, chat.ConversationId, Script);
        var (_, before) = await client.GetAsync($"/portal/escalations/{id}");
        using var join = await client.SubmitAsync($"/portal/escalations/{id}", $"/portal/escalations/{id}/join");

        foreach (var path in new[] { "/portal", $"/portal/escalations/{id}", "/portal/reports/crisis", "/portal/escalations/nope" })
        {
            using var response = await client.Http.GetAsync(path, TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var forms = PortalMarkup.PostForms(html);

            Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.NotEmpty(forms);
            Assert.All(forms, form => Assert.Single(PortalMarkup.Tags(form), tag =>
                tag is { Name: "input" } && tag.Attributes.GetValueOrDefault("type") == "hidden"
                && tag.Attributes.GetValueOrDefault("name") == "__RequestVerificationToken"
                && tag.Attributes.GetValueOrDefault("value")?.Length > 20));
        }

        var (_, joined) = await client.GetAsync($"/portal/escalations/{id}");
        Assert.Equal(HttpStatusCode.Redirect, join.StatusCode);
        Assert.Equal("signout everywhere ack claim assign close note join", Actions(before));
        Assert.Equal("signout everywhere ack close note reply handback", Actions(joined)); // in conversation: no claim or assign until handed back
    }

    /// <summary>No element or attribute came from the family: one script (the portal's own), no image, no handler, no outside link.</summary>
    private static void AssertInert(string html)
    {
        var tags = PortalMarkup.Tags(html);
        Assert.All(tags.Where(t => t.Name == "script"), t => Assert.Equal("/portal/portal.js", t.Attributes.GetValueOrDefault("src")));
        Assert.DoesNotContain(tags, t => t.Name == "img");
        Assert.DoesNotContain(tags, t => t.Attributes.Keys.Any(a => a.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain(tags, t => t.Attributes.Values.Any(v => v.Contains("evil.example", StringComparison.Ordinal)));
    }

    /// <summary>The last path segment of each POST form's action, in page order.</summary>
    private static string Actions(string html) =>
        string.Join(' ', PortalMarkup.Tags(html).Where(tag => tag.Name == "form" && tag.Attributes.GetValueOrDefault("method") == "post").Select(tag => tag.Attributes.GetValueOrDefault("action")?.Split('/')[^1] ?? ""));

    /// <summary>A family's message that raised an escalation: in the log, quoted in the summary, and as the channel the queue shows.</summary>
    private static async Task<string> EscalateAsync(IServiceProvider services, string conversationId, string text)
    {
        var store = services.GetRequiredService<IConversationStore>();
        var now = DateTimeOffset.UtcNow;
        var summary = new JsonObject { ["reason"] = "talk_to_clinician", ["conversationId"] = conversationId, ["channel"] = text, ["language"] = "es", ["quote"] = text };
        var log = new[] { new LogEntry(LogEntry.Inbound, "a-1", "message", text, now) };
        var write = new ConversationWrite(conversationId, "webchat", 0, new ConversationData { Language = "es" }, log, [new EscalationRequest(Urgency.Routine, "talk_to_clinician", summary)], now);
        Assert.True(await store.TrySaveAsync(write, TestContext.Current.CancellationToken));
        var queue = await services.GetRequiredService<PuenteBot.Escalations.IEscalationStore>().QueueAsync(100, TestContext.Current.CancellationToken);
        return queue.Single(e => e.ConversationId == conversationId).Id;
    }
}
