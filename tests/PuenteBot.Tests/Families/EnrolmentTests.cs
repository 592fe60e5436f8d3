using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Channels.Sms;
using PuenteBot.Families;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Escalations;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Families;

/// <summary>
/// Enrolment through <c>POST /api/families</c>: the first SMS goes out through the outbox (a local Twilio fake) with the
/// wording A2P registration expects, the family's reply lands in a conversation linked to them, in their language; a
/// web-chat family's invitation link links the conversation the page opens.
/// </summary>
public class EnrolmentTests
{
    private const string Phone = "+15005550077";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_sms_family_gets_the_opt_in_message_and_their_reply_is_linked_to_them()
    {
        await using var bot = Bot();
        var client = Client(bot);

        var response = await client.PostAsJsonAsync("/api/families", new
        {
            mrn = "MRN-5512", childFirstName = "Mateo", caregiverName = "Lucía Pérez", phone = Phone, language = "es", channel = "sms", clinician = "Dr. Kim",
        }, Cancel);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = answer.GetProperty("id").GetString()!;
        var body = await FirstSmsAsync(bot);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/families/{id}", response.Headers.Location?.OriginalString);
        Assert.StartsWith(FakeTwilioBot.PublicBase + "/?lang=es&invite=", answer.GetProperty("inviteUrl").GetString());
        Assert.True(answer.GetProperty("firstSmsQueued").GetBoolean());
        Assert.All(bot.Api.Requests, r => Assert.Equal(Phone, r.Form["To"]));
        Assert.StartsWith("Clínica Sol: Le escribe PuenteBot", body);
        Assert.Contains("AYUDA", body);
        Assert.Contains("BAJA", body);
        Assert.Contains("Pueden aplicar cargos por mensajes y datos", body);

        var reply = await bot.Sms(Phone).SendAsync("hola, gracias");
        var conversationId = await bot.Service<SmsIdentity>().ConversationIdAsync(Phone, Cancel);
        var state = (await bot.Service<IConversationStore>().LoadAsync(conversationId, Cancel)).Data;

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.NotEmpty(reply.Messages);
        Assert.Equal(id, state.FamilyId);
        Assert.Equal("es", state.Language);
        Assert.Equal(id, (await bot.Service<IFamilyStore>().ForConversationAsync(conversationId, Cancel))?.Id);

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/families/{id}", Cancel);
        Assert.Equal("MRN-5512", read.GetProperty("mrn").GetString());
        Assert.Equal(Phone, read.GetProperty("phone").GetString());
        Assert.Equal([conversationId], read.GetProperty("conversations").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_web_chat_familys_invitation_links_the_conversation_and_sets_their_language()
    {
        await using var bot = Bot();
        var response = await Client(bot).PostAsJsonAsync("/api/families", new
        {
            mrn = "MRN-7", childFirstName = "Ava", caregiverName = "Sam Lee", language = "es", channel = "webchat",
        }, Cancel);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var invite = new Uri(answer.GetProperty("inviteUrl").GetString()!).Query.Split('&').Single(p => p.StartsWith("invite=", StringComparison.Ordinal))["invite=".Length..];

        var joined = await bot.Service<TurnPipeline>().ProcessAsync(Join("dl-1", Uri.UnescapeDataString(invite)), Cancel);
        var forged = await bot.Service<TurnPipeline>().ProcessAsync(Join("dl-2", Uri.UnescapeDataString(invite)[..^4] + "AAAA"), Cancel);
        var store = bot.Service<IConversationStore>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(answer.GetProperty("firstSmsQueued").GetBoolean());
        Assert.Empty(bot.Api.Requests);
        Assert.Equal(answer.GetProperty("id").GetString(), (await store.LoadAsync("dl-1", Cancel)).Data.FamilyId);
        Assert.Equal("es", (await store.LoadAsync("dl-1", Cancel)).Data.Language);
        Assert.Contains(joined.Replies, r => r.Text?.Contains("PuenteBot", StringComparison.Ordinal) == true);
        Assert.Null((await store.LoadAsync("dl-2", Cancel)).Data.FamilyId);
        Assert.NotEmpty(forged.Replies);
    }

    [Theory]
    [InlineData("""{"mrn":"M1","childFirstName":"Ana","caregiverName":"Rosa","language":"es","channel":"sms"}""", "phone")]
    [InlineData("""{"mrn":"M1","childFirstName":"Ana","caregiverName":"Rosa","phone":"555-1234","language":"es","channel":"sms"}""", "phone")]
    [InlineData("""{"mrn":"M1","childFirstName":"Ana","caregiverName":"Rosa","language":"fr","channel":"webchat"}""", "language")]
    [InlineData("""{"mrn":"","childFirstName":"Ana","caregiverName":"Rosa","language":"en","channel":"webchat"}""", "mrn")]
    [InlineData("""{"mrn":"M1","childFirstName":"Ana","caregiverName":"Rosa","language":"en","channel":"fax"}""", "channel")]
    public async Task An_incomplete_enrolment_is_refused_with_the_field_to_fix(string json, string field)
    {
        await using var bot = Bot();

        var response = await Client(bot).PostAsync("/api/families", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Empty(bot.Api.Requests);
    }

    [Fact]
    public async Task Enrolment_needs_a_clinician_key()
    {
        await using var bot = Bot();

        var response = await bot.App.CreateClient().PostAsJsonAsync("/api/families", new { mrn = "M1" }, Cancel);
        var read = await bot.App.CreateClient().GetAsync("/api/families/fam-1", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(bot).GetAsync("/api/families/fam-1", Cancel)).StatusCode);
    }

    /// <summary>The first SMS as the family reads it: its parts ("1/3 …") put back together.</summary>
    private static async Task<string> FirstSmsAsync(FakeTwilioBot bot)
    {
        var first = (await bot.Api.WaitForAsync(1))[0].Form["Body"];
        var parts = System.Text.RegularExpressions.Regex.Match(first, @"^1/(\d+) ") is { Success: true } numbered ? int.Parse(numbered.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var all = await bot.Api.WaitForAsync(parts);
        return string.Join(" ", all.Take(parts).Select(r => System.Text.RegularExpressions.Regex.Replace(r.Form["Body"], @"^\d+/\d+ ", string.Empty)));
    }

    private static FakeTwilioBot Bot() => new(new Dictionary<string, string?>
    {
        ["Clinicians:ApiKeys:0"] = EscalationSettings.ApiKey,
        ["Clinic:Name"] = "Clínica Sol",
        ["Hosting:PublicBaseUrl"] = FakeTwilioBot.PublicBase,
    });

    private static HttpClient Client(FakeTwilioBot bot)
    {
        var client = bot.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EscalationSettings.ApiKey);
        return client;
    }

    private static Activity Join(string conversationId, string invite)
    {
        var activity = TestActivities.Create(ActivityTypes.Event, conversationId, "directline", locale: "en-US");
        activity.Name = "webchat/join";
        activity.Value = JsonSerializer.SerializeToElement(new { language = "en-US", invite });
        return activity;
    }
}
