using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Portal.Handoff;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

public class ClinicianApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("Basic " + EscalationSettings.ApiKey)]
    [InlineData("Bearer " + EscalationSettings.ApiKey + "x")]
    public async Task Every_route_answers_401_without_the_right_key_and_says_nothing_about_families(string? authorization)
    {
        await using var api = await ApiAsync();
        var id = (await api.ListAsync())["items"]![0]!["id"]!.GetValue<string>();
        using var client = api.Factory.CreateClient();

        foreach (var (method, path) in new[] { (HttpMethod.Get, "/api/escalations"), (HttpMethod.Get, $"/api/escalations/{id}"), (HttpMethod.Post, $"/api/escalations/{id}/ack") })
        {
            using var request = new HttpRequestMessage(method, path);
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            var response = await client.SendAsync(request, Ct);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Empty(await response.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task With_no_keys_configured_the_API_is_closed()
    {
        await using var factory = new BotApplicationFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EscalationSettings.ApiKey);

        var response = await client.GetAsync("/api/escalations", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_is_newest_first_filtered_by_state_and_urgency_and_paged(string provider)
    {
        await using var api = await ApiAsync(provider);

        var page1 = await api.ListAsync("?pageSize=4");
        var page2 = await api.ListAsync("?pageSize=4&page=2");
        var urgent = await api.ListAsync("?urgency=urgent");
        var acknowledged = await api.ListAsync("?state=acknowledged");

        Assert.Equal(6, page1["total"]!.GetValue<int>());
        Assert.Equal(["conv-5", "conv-4", "conv-3", "conv-2"], Conversations(page1));
        Assert.Equal(["conv-1", "conv-0"], Conversations(page2));
        Assert.Equal(["conv-4", "conv-1"], Conversations(urgent));
        Assert.Equal("URGENT: Asked to talk to a person", (string?)urgent["items"]![0]!["title"]);
        Assert.Empty(Conversations(acknowledged));
        Assert.DoesNotContain("necesito", page1.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("state", "lost-somewhere")]
    [InlineData("urgency", "very-soon")]
    [InlineData("page", "0")]
    [InlineData("pageSize", "1000")]
    public async Task A_bad_filter_is_a_400_naming_the_parameter_without_echoing_the_value(string name, string value)
    {
        await using var api = await ApiAsync();

        var response = await api.Client.GetAsync($"/api/escalations?{name}={value}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject();
        var message = (string?)Assert.Single(errors, e => e.Key == name).Value![0];
        Assert.DoesNotContain(value, message!, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_page_far_past_the_end_is_an_empty_page_with_the_total_not_an_overflow(string provider)
    {
        await using var api = await ApiAsync(provider);

        foreach (var (filter, paging) in new[] { ("", "page=107374184"), ("", "page=2147483647&pageSize=100"), ("urgency=urgent&", "page=107374184") })
        {
            var total = (await api.ListAsync("?" + filter))["total"]!.GetValue<int>();
            var page = await api.ListAsync("?" + filter + paging);

            Assert.Empty(page["items"]!.AsArray());
            Assert.Equal(total, page["total"]!.GetValue<int>());
            Assert.True(total > 0);
        }
    }

    [Theory]
    [InlineData("page=99999999999")]
    [InlineData("page=-2147483648")]
    [InlineData("pageSize=2147483648")]
    [InlineData("page=1e3")]
    public async Task A_page_number_that_is_not_a_small_whole_number_is_a_400(string query)
    {
        await using var api = await ApiAsync();

        var response = await api.Client.GetAsync($"/api/escalations?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Get_returns_the_summary_and_the_transcript(string provider)
    {
        await using var api = await ApiAsync(provider);
        var id = (await api.ListAsync("?urgency=urgent"))["items"]![0]!["id"]!.GetValue<string>();

        var detail = await api.Client.GetFromJsonAsync<JsonObject>($"/api/escalations/{id}", Ct);

        Assert.Equal(id, (string?)detail!["escalation"]!["id"]);
        Assert.Equal("URGENT: Asked to talk to a person", (string?)detail["summary"]!["title"]);
        Assert.Contains("“necesito hablar con alguien”", (string?)detail["text"], StringComparison.Ordinal);
        Assert.Contains("<q lang=\"es\">necesito hablar con alguien</q>", (string?)detail["html"], StringComparison.Ordinal);
        Assert.Equal(["situation", "background", "assessment", "recommendation", "excerpt"], detail["summary"]!["sections"]!.AsArray().Select(s => (string?)s!["key"]));
        Assert.Contains("- Phone: (no number on file: answer in the portal's conversation)", (string?)detail["text"], StringComparison.Ordinal); // key holders see contact details: none is known here
        var transcript = detail["transcript"]!.AsArray();
        Assert.Equal(("in", "necesito hablar con alguien"), ((string?)transcript[0]!["direction"], (string?)transcript[0]!["text"]));
        Assert.Equal("sms", (string?)detail["data"]!["channel"]);
    }

    [Fact]
    public async Task The_transcript_says_who_wrote_each_line_and_names_the_clinician()
    {
        await using var api = await ApiAsync();
        var item = (await api.ListAsync("?urgency=urgent"))["items"]![0]!;
        var conversationId = (string)item["conversationId"]!;
        var store = api.Factory.Services.GetRequiredService<IConversationStore>();
        var strings = api.Factory.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var loaded = await store.LoadAsync(conversationId, Ct);
        var at = SeededEscalations.Start.AddHours(1);
        LogEntry[] log =
        [
            new(LogEntry.Outbound, "b-1", "message", strings.For("es", "Handoff.Joined", "Ana Ruiz"), at),
            new(LogEntry.Outbound, ClinicianMessages.NewId(), "message", strings.For("es", "Handoff.Message", "Ana Ruiz", "¿Le llamo a las 3?"), at),
        ];
        Assert.True(await store.TrySaveAsync(new ConversationWrite(conversationId, "sms", loaded.Version, loaded.Data, log, [], at), Ct));

        var detail = await api.Client.GetFromJsonAsync<JsonObject>($"/api/escalations/{(string)item["id"]!}", Ct);

        var transcript = detail!["transcript"]!.AsArray();
        Assert.Equal(
            [("family", null), ("bot", null), ("clinician", "Ana Ruiz")],
            transcript.Select(e => ((string?)e!["from"], (string?)e["clinician"])).ToArray());
        Assert.Equal(strings.For("es", "Handoff.Message", "Ana Ruiz", "¿Le llamo a las 3?"), (string?)transcript[2]!["text"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_ids_are_404_with_no_body(string provider)
    {
        await using var api = await ApiAsync(provider);

        var get = await api.Client.GetAsync("/api/escalations/does-not-exist", Ct);
        var ack = await api.Client.PostAsync("/api/escalations/does-not-exist/ack", null, Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, ack.StatusCode));
        Assert.Empty(await get.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ack_marks_the_escalation_acknowledged_once_and_by_whom(string provider)
    {
        await using var api = await ApiAsync(provider);
        var id = (await api.ListAsync("?urgency=urgent"))["items"]![0]!["id"]!.GetValue<string>();

        var first = await api.Client.PostAsJsonAsync($"/api/escalations/{id}/ack", new { by = "Dr. Ruiz" }, Ct);
        var again = await api.Client.PostAsync($"/api/escalations/{id}/ack", null, Ct);
        var acknowledged = await api.ListAsync("?state=acknowledged");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var item = (await again.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(("acknowledged", "Dr. Ruiz"), ((string?)item["state"], (string?)item["acknowledgedBy"]));
        Assert.Equal([(string?)item["conversationId"]], Conversations(acknowledged));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ack_without_a_name_records_which_key_was_used(string provider)
    {
        await using var api = await ApiAsync(provider);
        var id = (await api.ListAsync())["items"]![0]!["id"]!.GetValue<string>();

        var item = await (await api.Client.PostAsync($"/api/escalations/{id}/ack", null, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal("api key 1", (string?)item!["acknowledgedBy"]);
    }

    private static string?[] Conversations(JsonObject page) => [.. page["items"]!.AsArray().Select(i => (string?)i!["conversationId"])];

    /// <summary>The whole bot on a database of <paramref name="provider"/> (SQLite unless a test asks), six escalations seeded.</summary>
    private static async Task<Api> ApiAsync(string provider = StorageOptions.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new BotApplicationFactory(new Dictionary<string, string?>(database.Settings)
        {
            ["Clinicians:ApiKeys:0"] = EscalationSettings.ApiKey,
            ["Escalation:Spool:Folder"] = Path.Combine(database.Folder, "spool"),
        });
        await SeededEscalations.AddSixAsync(factory.Services.GetRequiredService<IConversationStore>());
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EscalationSettings.ApiKey);
        return new Api(database, factory, client);
    }

    private sealed record Api(TestDatabase Database, BotApplicationFactory Factory, HttpClient Client) : IAsyncDisposable
    {
        public async Task<JsonObject> ListAsync(string query = "") =>
            (await Client.GetFromJsonAsync<JsonObject>("/api/escalations" + query, Ct))!;

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
