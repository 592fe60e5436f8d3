using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Audit;
using PuenteBot.Families;
using PuenteBot.Tests.Escalations;
using PuenteBot.Tests.Support;
using PuenteBot.Visits.Appointments;

namespace PuenteBot.Tests.Visits;

/// <summary><c>/api/appointments</c> through the real HTTP pipeline: booking, reading, changing, cancelling and attendance behind the clinician keys, each change audited.</summary>
public class AppointmentsApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visit_booked_with_an_offset_is_stored_in_utc_changed_cancelled_and_audited_by_key_number()
    {
        await using var bot = await BotAsync();
        var client = Client(bot);

        var booked = await client.PostAsJsonAsync("/api/appointments", new { familyId = "fam-1", start = "2030-03-14T15:30:00-05:00", clinician = "Dr. Kim", kind = "video" }, Cancel);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/appointments/{id}", Cancel);

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Matches("^apt-[0-9a-f]{16}$", id);
        Assert.Equal($"/api/appointments/{id}", booked.Headers.Location?.OriginalString);
        Assert.Equal("fam-1", read.GetProperty("familyId").GetString());
        Assert.Equal(new DateTimeOffset(2030, 3, 14, 20, 30, 0, TimeSpan.Zero), read.GetProperty("start").GetDateTimeOffset());
        Assert.Equal("video", read.GetProperty("kind").GetString());
        Assert.Equal("scheduled", read.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("attended").ValueKind);
        Assert.False(read.TryGetProperty("isCancelled", out _));

        var moved = await client.PutAsJsonAsync($"/api/appointments/{id}", new { start = "2030-03-15T09:00:00Z", kind = "in_person" }, Cancel);
        var after = await moved.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(new DateTimeOffset(2030, 3, 15, 9, 0, 0, TimeSpan.Zero), after.GetProperty("start").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("clinician").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/appointments/{id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/appointments/{id}", Cancel)).StatusCode);
        var late = await client.PutAsJsonAsync($"/api/appointments/{id}", new { start = "2030-03-16T09:00:00Z", kind = "phone" }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("cancelled", (await late.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString());
        Assert.Equal("cancelled", (await client.GetFromJsonAsync<JsonElement>($"/api/appointments/{id}", Cancel)).GetProperty("state").GetString());

        var audit = bot.Services.GetRequiredService<IAuditLog>();
        foreach (var action in new[] { AuditActions.VisitBook, AuditActions.VisitChange, AuditActions.VisitCancel })
        {
            var entry = Assert.Single((await audit.QueryAsync(new AuditQuery(Action: action), Cancel)).Items);
            Assert.Equal("api:1", entry.Actor);
            Assert.Equal("fam-1", entry.FamilyId);
            Assert.Equal($"api {id}", entry.Detail);
        }
    }

    [Theory]
    [InlineData("""{"familyId":"fam-1","start":"2030-03-14T15:30:00","kind":"video"}""", "start")]
    [InlineData("""{"familyId":"fam-1","start":"next tuesday","kind":"video"}""", "start")]
    [InlineData("""{"familyId":"fam-1","kind":"video"}""", "start")]
    [InlineData("""{"familyId":"fam-1","start":"2030-03-14T15:30:00Z","kind":"home"}""", "kind")]
    [InlineData("""{"start":"2030-03-14T15:30:00Z","kind":"phone"}""", "familyId")]
    [InlineData("""{"familyId":"fam-zzz","start":"2030-03-14T15:30:00Z","kind":"phone"}""", "familyId")]
    public async Task A_visit_that_does_not_fit_is_refused_naming_the_field(string json, string field)
    {
        await using var bot = await BotAsync();

        var response = await Client(bot).PostAsync("/api/appointments", new StringContent(json, Encoding.UTF8, "application/json"), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Empty(await bot.Services.GetRequiredService<IAppointmentStore>().ForFamilyAsync("fam-1", 10, Cancel));
    }

    [Fact]
    public async Task Attendance_is_marked_once_the_visit_began_and_never_on_a_future_or_cancelled_one()
    {
        await using var bot = await BotAsync();
        var client = Client(bot);
        var past = await BookAsync(client, DateTimeOffset.UtcNow.AddHours(-2));
        var future = await BookAsync(client, DateTimeOffset.UtcNow.AddDays(2));
        var cancelled = await BookAsync(client, DateTimeOffset.UtcNow.AddHours(-3));
        await client.DeleteAsync($"/api/appointments/{cancelled}", Cancel);

        var marked = await client.PostAsJsonAsync($"/api/appointments/{past}/attendance", new { attended = false }, Cancel);
        var early = await client.PostAsJsonAsync($"/api/appointments/{future}/attendance", new { attended = true }, Cancel);
        var gone = await client.PostAsJsonAsync($"/api/appointments/{cancelled}/attendance", new { attended = true }, Cancel);
        var empty = await client.PostAsJsonAsync($"/api/appointments/{past}/attendance", new { }, Cancel);
        var unknown = await client.PostAsJsonAsync("/api/appointments/apt-zzz/attendance", new { attended = true }, Cancel);

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.False((await marked.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("attended").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, gone.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null((await bot.Services.GetRequiredService<IAppointmentStore>().GetAsync(future, Cancel))?.Attended);
        var entry = Assert.Single((await bot.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.Attendance), Cancel)).Items);
        Assert.Equal($"api no_show {past}", entry.Detail);
    }

    [Fact]
    public async Task A_visit_stays_with_its_family_and_every_route_needs_a_clinician_key()
    {
        await using var bot = await BotAsync();
        var client = Client(bot);
        var id = await BookAsync(client, DateTimeOffset.UtcNow.AddDays(1));
        var anonymous = bot.CreateClient();

        var moved = await client.PutAsJsonAsync($"/api/appointments/{id}", new { familyId = "fam-2", start = "2030-01-01T10:00:00Z", kind = "phone" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.True((await moved.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("familyId", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/appointments/apt-zzz", new { start = "2030-01-01T10:00:00Z", kind = "phone" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/appointments/apt-zzz", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/appointments/apt-zzz", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/appointments", new { familyId = "fam-1" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/appointments/{id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"/api/appointments/{id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/appointments/{id}/attendance", new { attended = true }, Cancel)).StatusCode);
        Assert.Equal(AppointmentStates.Scheduled, (await bot.Services.GetRequiredService<IAppointmentStore>().GetAsync(id, Cancel))?.State);
    }

    [Fact]
    public async Task Enrolment_records_the_familys_answer_to_reminders()
    {
        await using var bot = await BotAsync();
        var client = Client(bot);

        var yes = await client.PostAsJsonAsync("/api/families", new { mrn = "M-3", childFirstName = "Ana", caregiverName = "Rosa", language = "es", channel = "webchat", reminders = true }, Cancel);
        var unasked = await client.PostAsJsonAsync("/api/families", new { mrn = "M-4", childFirstName = "Ben", caregiverName = "Sam", language = "en", channel = "webchat" }, Cancel);
        var families = bot.Services.GetRequiredService<IFamilyStore>();

        var yesId = await IdAsync(yes);
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/families/{yesId}", Cancel);

        Assert.True((await families.GetAsync(yesId, Cancel))?.Reminders);
        Assert.True(read.GetProperty("reminders").GetBoolean());
        Assert.Null((await families.GetAsync(await IdAsync(unasked), Cancel))?.Reminders);
    }

    private static async Task<string> IdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;

    private static async Task<string> BookAsync(HttpClient client, DateTimeOffset start) =>
        await IdAsync(await client.PostAsJsonAsync("/api/appointments", new { familyId = "fam-1", start = start.ToString("O"), kind = "in_person" }, Cancel));

    private static async Task<BotApplicationFactory> BotAsync()
    {
        var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Clinicians:ApiKeys:0"] = EscalationSettings.ApiKey });
        var families = bot.Services.GetRequiredService<IFamilyStore>();
        await families.CreateAsync(new FamilyRecord("fam-1", "MRN-1", "Mateo", "Lucía", null, "es", "webchat", null, DateTimeOffset.UtcNow), Cancel);
        await families.CreateAsync(new FamilyRecord("fam-2", "MRN-2", "Ava", "Sam", null, "en", "webchat", null, DateTimeOffset.UtcNow), Cancel);
        return bot;
    }

    private static HttpClient Client(BotApplicationFactory bot)
    {
        var client = bot.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EscalationSettings.ApiKey);
        return client;
    }
}
