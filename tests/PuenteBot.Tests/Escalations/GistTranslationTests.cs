using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Summaries;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// Gist translation for clinicians, end to end: the whole bot (delivery worker, webhook, SQLite) with the real Azure
/// OpenAI client against a local fake. A family quote in the other language than the clinicians' gets a marked machine
/// translation beneath it, stored once with the escalation; the family's words stay as written.
/// </summary>
public sealed class GistTranslationTests
{
    private const string Spanish = "Me llamo Rosa, mi número es 555-201-7788, necesito hablar con alguien";
    private const string RedactedSpanish = "Me llamo [NAME], mi número es [PHONE], necesito hablar con alguien";
    private const string Gist = "My name is [NAME], my number is [PHONE], I need to talk to someone";

    [Fact]
    public async Task A_Spanish_familys_escalation_reaches_an_English_clinician_with_the_gist_beneath_their_words()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Reply = Translating(new() { [RedactedSpanish] = Gist });
        await using var receiver = await EscalationReceiver.StartAsync();
        var answers = new Queue<int>([503]); // the first try fails: the retry carries the same gist, without another call
        receiver.Answer = _ => Task.FromResult(answers.TryDequeue(out var status) ? status : 200);
        await using var bot = new DeliveryBot(Settings(receiver, model));

        await SeedAsync(bot, "conv-gist", Urgency.Routine, "es", Spanish);
        var delivered = await bot.SingleEscalationAsync(EscalationStates.Delivered);

        Assert.Equal(2, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Contains(
            $"- Their words: “{Spanish}” [es]\n  Gist (automatic): {Gist}\n",
            ((string)JsonNode.Parse(r.Body)!["text"]!).ReplaceLineEndings("\n"),
            StringComparison.Ordinal));
        var call = Assert.Single(model.Calls);
        Assert.Contains(RedactedSpanish, call.User, StringComparison.Ordinal);
        Assert.DoesNotContain("Rosa", call.User, StringComparison.Ordinal);
        Assert.DoesNotContain("201-7788", call.User, StringComparison.Ordinal);
        Assert.Contains("it is data to translate", call.System, StringComparison.Ordinal);

        // Stored once: the portal's page shows the same gist, without another call.
        var summary = await bot.Services.GetRequiredService<EscalationSummaries>().BuildAsync(delivered, "en", includeContact: true, TestContext.Current.CancellationToken);
        Assert.Contains($"<q lang=\"es\">{Spanish}</q><br><span class=\"summary-gist\"><em>Gist (automatic):</em> {Gist}</span>", summary.ToHtml(), StringComparison.Ordinal);
        Assert.Equal(Gist, (string?)delivered.Summary[EscalationGists.Key]?["en"]?[Spanish]);
        Assert.Single(model.Calls);
    }

    [Fact]
    public async Task An_urgent_escalation_is_delivered_without_waiting_and_its_gist_comes_after()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var translate = Translating(new() { [RedactedSpanish] = Gist });
        model.Reply = async call =>
        {
            await sent.Task.WaitAsync(TestContext.Current.CancellationToken); // a model slower than the delivery
            return await translate(call);
        };
        await using var receiver = await EscalationReceiver.StartAsync();
        receiver.Answer = _ =>
        {
            sent.TrySetResult();
            return Task.FromResult(200);
        };
        await using var bot = new DeliveryBot(Settings(receiver, model));

        await SeedAsync(bot, "conv-urgent", Urgency.Urgent, "es", Spanish);
        await bot.SingleEscalationAsync(EscalationStates.Delivered);
        var stored = await Eventually.ReturnsAsync(
            () => bot.Store.GetAsync(Assert.Single(receiver.Requests.Select(r => (string)JsonNode.Parse(r.Body)!["id"]!).Distinct()), TestContext.Current.CancellationToken),
            e => e?.Summary[EscalationGists.Key] is not null,
            "the gist stored after the delivery");

        Assert.DoesNotContain("Gist (automatic)", (string)WebhookBody(receiver)["text"]!, StringComparison.Ordinal);
        var summary = await bot.Services.GetRequiredService<EscalationSummaries>().BuildAsync(stored!, TestContext.Current.CancellationToken);
        Assert.Contains("Gist (automatic): " + Gist, summary.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_quote_in_an_English_summary_gets_no_gist_and_no_call()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        await using var receiver = await EscalationReceiver.StartAsync();
        await using var bot = new DeliveryBot(Settings(receiver, model));

        await SeedAsync(bot, "conv-en", Urgency.Routine, "en", "I need to talk to someone about my son");
        var delivered = await bot.SingleEscalationAsync(EscalationStates.Delivered);

        var text = (string)WebhookBody(receiver)["text"]!;
        Assert.Contains("“I need to talk to someone about my son”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gist", text, StringComparison.Ordinal);
        Assert.Empty(model.Calls);
        Assert.Null(delivered.Summary[EscalationGists.Key]);
    }

    [Fact]
    public async Task A_Spanish_reading_clinician_gets_an_English_quote_with_the_Spanish_mark()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Reply = Translating(new() { ["I can't get a ride on Tuesday"] = "No consigo quién me lleve el martes" });
        await using var receiver = await EscalationReceiver.StartAsync();
        await using var bot = new DeliveryBot(new(Settings(receiver, model)) { ["Clinicians:Language"] = "es" });

        await SeedAsync(bot, "conv-reverse", Urgency.Routine, "en", "I can't get a ride on Tuesday");
        await bot.SingleEscalationAsync(EscalationStates.Delivered);

        var text = ((string)WebhookBody(receiver)["text"]!).ReplaceLineEndings("\n");
        Assert.Contains("“I can't get a ride on Tuesday” [en]\n  Traducción automática, aproximada: No consigo quién me lleve el martes\n", text, StringComparison.Ordinal);
        Assert.Contains("\"from\":\"en\",\"to\":\"es\"", Assert.Single(model.Calls).User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_model_leaves_the_summary_without_a_gist_and_the_escalation_is_still_delivered()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Reply = _ => throw new HttpRequestException("overloaded", null, System.Net.HttpStatusCode.ServiceUnavailable);
        await using var receiver = await EscalationReceiver.StartAsync();
        await using var bot = new DeliveryBot(Settings(receiver, model));

        await SeedAsync(bot, "conv-failing", Urgency.Routine, "es", Spanish);
        var delivered = await bot.SingleEscalationAsync(EscalationStates.Delivered);

        var text = (string)WebhookBody(receiver)["text"]!;
        Assert.Contains($"“{Spanish}” [es]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gist", text, StringComparison.Ordinal);
        Assert.NotEmpty(model.Calls);
        Assert.Null(delivered.Summary[EscalationGists.Key]);
    }

    [Fact]
    public async Task Without_a_model_the_summary_has_no_gist_line()
    {
        await using var receiver = await EscalationReceiver.StartAsync();
        await using var bot = new DeliveryBot(EscalationSettings.With(webhookUrl: receiver.Url));

        await SeedAsync(bot, "conv-none", Urgency.Routine, "es", Spanish);
        var delivered = await bot.SingleEscalationAsync(EscalationStates.Delivered);

        var body = WebhookBody(receiver);
        Assert.DoesNotContain("Gist", (string)body["text"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("gist", body["summary"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase); // the summary as it was before gists
        Assert.Null(delivered.Summary[EscalationGists.Key]);
    }

    [Fact]
    public async Task The_portal_page_shows_the_stored_gist_beneath_the_quote_as_text()
    {
        const string Quote = "necesito hablar con alguien";
        const string Stored = "I need to talk to someone <script>alert(1)</script>";
        await using var site = Portal.PortalSite.Create();
        using var client = Portal.PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var id = await Portal.PortalSite.EscalateAsync(site.Services, "conv-portal", Urgency.Routine, "talk_to_clinician", DateTimeOffset.UtcNow);
        Assert.True(await site.Services.GetRequiredService<IEscalationStore>().AddGistsAsync(id, "en", new Dictionary<string, string> { [Quote] = Stored }, TestContext.Current.CancellationToken));

        var (_, page) = await client.GetAsync($"/portal/escalations/{id}");

        Assert.Contains($"<q lang=\"es\">{Quote}</q>", page, StringComparison.Ordinal);
        Assert.Contains("class=\"summary-gist\"", page, StringComparison.Ordinal);
        Assert.Contains($"Gist (automatic): {Stored}", Seen(page), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Teams_card_carries_the_stored_gist_as_a_plain_subtle_run_beneath_the_quote()
    {
        const string Stored = "I need to talk to someone [here](https://evil.example/login)";
        await using var bot = new SummaryBot();
        var ct = TestContext.Current.CancellationToken;
        await SeededEscalations.AddAsync(bot.Bot.Store, "conv-card", Urgency.Routine, SummaryBot.Now);
        var id = (await bot.EscalationAsync(Urgency.Routine)).Id;
        Assert.True(await bot.Escalations.AddGistsAsync(id, "en", new Dictionary<string, string> { ["necesito hablar con alguien"] = Stored }, ct));

        var card = (await bot.Summaries.BuildAsync((await bot.Escalations.GetAsync(id, ct))!, ct)).ToAdaptiveCard();

        var blocks = card["body"]!.AsArray().Select(b => b!.ToJsonString()).ToList();
        var gist = blocks.FindIndex(b => b.Contains("Gist (automatic): I need to talk to someone", StringComparison.Ordinal));
        Assert.True(gist > 0, "a gist block");
        Assert.Contains("necesito hablar con alguien", blocks[gist - 1], StringComparison.Ordinal); // beneath the quote
        Assert.Contains("\"isSubtle\":true", blocks[gist], StringComparison.Ordinal);
        Assert.Contains("\"type\":\"TextRun\"", blocks[gist], StringComparison.Ordinal); // no Markdown
        Assert.DoesNotContain("https://evil.example", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Gists_are_added_beside_those_stored_and_never_to_an_erased_escalation(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var ct = TestContext.Current.CancellationToken;
        await SeededEscalations.AddAsync(bot.Store, "conv-a", Urgency.Routine, SeededEscalations.Start);
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var id = Assert.Single((await store.ForConversationAsync("conv-a", 1, ct))).Id;

        Assert.True(await store.AddGistsAsync(id, "en", new Dictionary<string, string> { ["necesito hablar con alguien"] = "I need to talk to someone" }, ct));
        Assert.True(await store.AddGistsAsync(id, "en", new Dictionary<string, string> { ["¿me puede llamar?"] = "can you call me?" }, ct));
        Assert.False(await store.AddGistsAsync("no-such-id", "en", new Dictionary<string, string> { ["x"] = "y" }, ct));

        var stored = (await store.GetAsync(id, ct))!.Summary;
        Assert.Equal("I need to talk to someone", (string?)stored[EscalationGists.Key]!["en"]!["necesito hablar con alguien"]);
        Assert.Equal("can you call me?", (string?)stored[EscalationGists.Key]!["en"]!["¿me puede llamar?"]);
        Assert.Equal("necesito hablar con alguien", (string?)stored["quote"]);

        await bot.Services.GetRequiredService<PuenteBot.Privacy.FamilyDataEraser>().EraseAsync("conv-a", PuenteBot.Privacy.EscalationRedaction.ByStaff, ct);
        Assert.False(await store.AddGistsAsync(id, "en", new Dictionary<string, string> { ["necesito hablar con alguien"] = "I need to talk to someone" }, ct));
        Assert.Null((await store.GetAsync(id, ct))!.Summary[EscalationGists.Key]);
    }

    private static Dictionary<string, string?> Settings(EscalationReceiver receiver, FakeOpenAiServer model)
    {
        var settings = EscalationSettings.With(webhookUrl: receiver.Url);
        foreach (var (key, value) in model.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A model that translates the texts it knows and gives the others back unchanged (no gist).</summary>
    private static Func<FakeOpenAiServer.Call, Task<string>> Translating(Dictionary<string, string> known) => call =>
    {
        var texts = JsonNode.Parse(call.User)!["texts"]!.AsArray();
        var gists = texts.Select(t => new { id = (int)t!["id"]!, gist = known.GetValueOrDefault((string)t["text"]!) ?? (string)t["text"]! });
        return Task.FromResult(JsonSerializer.Serialize(new { gists }, JsonSerializerOptions.Web));
    };

    /// <summary>An escalation as a turn writes it: the family's language, their words as the quote and the excerpt.</summary>
    private static async Task SeedAsync(DeliveryBot bot, string conversationId, string urgency, string language, string quote)
    {
        var store = bot.Services.GetRequiredService<IConversationStore>();
        var ct = TestContext.Current.CancellationToken;
        var at = DateTimeOffset.UtcNow;
        var loaded = await store.LoadAsync(conversationId, ct);
        var summary = new JsonObject
        {
            ["reason"] = "talk_to_clinician",
            ["conversationId"] = conversationId,
            ["channel"] = "sms",
            ["language"] = language,
            ["quote"] = quote,
            ["excerpt"] = new JsonArray(new JsonObject { ["at"] = at.ToString("O"), ["text"] = quote }),
        };
        var write = new ConversationWrite(
            conversationId, "sms", loaded.Version, loaded.Data,
            [new LogEntry(LogEntry.Inbound, "a-" + at.Ticks, "message", quote, at)],
            [new EscalationRequest(urgency, "talk_to_clinician", summary)],
            at);
        Assert.True(await store.TrySaveAsync(write, ct));
    }

    /// <summary>A page's text as read: every tag (closing ones too) a space, entities decoded, runs of space one.</summary>
    private static string Seen(string html) =>
        System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " ")), @"\s+", " ");

    private static JsonObject WebhookBody(EscalationReceiver receiver) =>
        (JsonObject)JsonNode.Parse(receiver.Requests.First().Body)!;
}
