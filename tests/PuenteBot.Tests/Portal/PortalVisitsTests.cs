using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Audit;
using PuenteBot.Families;
using PuenteBot.Visits.Appointments;

namespace PuenteBot.Tests.Portal;

/// <summary>
/// The Visits section of a family's page: a visit added in clinic time, cancelled, marked came or not; the family's
/// answer to reminders shown and changed; all in the clinician's language, audited, and refused without a sign-in or
/// the anti-forgery token.
/// </summary>
public class PortalVisitsTests
{
    private const string Page = "/portal/families/fam-1";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visit_added_in_clinic_time_is_stored_in_utc_and_listed_as_upcoming()
    {
        await using var site = await SiteAsync();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();

        using var added = await client.SubmitAsync(Page, Page + "/visits", new() { ["date"] = "2030-03-14", ["time"] = "10:30", ["clinician"] = "Dr. Kim", ["kind"] = "video" });
        var (_, page) = await client.GetAsync(added.Headers.Location!.OriginalString);
        var visit = Assert.Single(await Visits(site).ForFamilyAsync("fam-1", 10, Cancel));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/portal/families/fam-1?notice=visit-added#visits", added.Headers.Location.OriginalString);
        Assert.Equal(new DateTimeOffset(2030, 3, 14, 15, 30, 0, TimeSpan.Zero), visit.Start); // Chicago is on daylight time (UTC-5) by then
        Assert.Equal(AppointmentKinds.Video, visit.Kind);
        Assert.Contains("The visit was added.", page);
        Assert.Contains("Thursday, March 14, 2030 10:30", page);
        Assert.Contains($"data-id=\"{visit.Id}\"", page);
        Assert.Contains("Cancel visit", page);
        var entry = Assert.Single((await site.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.VisitBook), Cancel)).Items);
        Assert.Equal((PortalClient.User, "fam-1", $"portal {visit.Id}"), (entry.Actor, entry.FamilyId, entry.Detail));
    }

    [Theory]
    [InlineData("2030-03-14", "", "video")]
    [InlineData("14/03/2030", "10:30", "video")]
    [InlineData("2030-03-10", "02:30", "video")] // the clock skips from 2:00 to 3:00 that night in Chicago
    [InlineData("2030-03-14", "10:30", "house_call")]
    public async Task A_visit_that_does_not_fit_is_not_added_and_the_page_says_why(string date, string time, string kind)
    {
        await using var site = await SiteAsync();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();

        using var added = await client.SubmitAsync(Page, Page + "/visits", new() { ["date"] = date, ["time"] = time, ["kind"] = kind });
        var (_, page) = await client.GetAsync(added.Headers.Location!.OriginalString);

        Assert.Empty(await Visits(site).ForFamilyAsync("fam-1", 10, Cancel));
        Assert.Contains("Nothing was added: check the date, the time and how the visit happens.", page);
    }

    [Fact]
    public async Task Past_visits_are_marked_came_or_not_and_upcoming_ones_cancelled_in_spanish()
    {
        await using var site = await SiteAsync("es");
        var store = Visits(site);
        var now = DateTimeOffset.UtcNow;
        await store.CreateAsync(Visit("apt-past", "fam-1", now.AddDays(-1)), Cancel);
        await store.CreateAsync(Visit("apt-next", "fam-1", now.AddDays(2)), Cancel);
        await store.CreateAsync(Visit("apt-other", "fam-2", now.AddDays(-1)), Cancel);
        await store.CreateAsync(Visit("apt-2030", "fam-1", new DateTimeOffset(2030, 3, 14, 15, 30, 0, TimeSpan.Zero)), Cancel);
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();

        var (_, before) = await client.GetAsync(Page);
        using var marked = await client.SubmitAsync(Page, Page + "/visits/apt-past/attendance", new() { ["attended"] = "no" });
        using var cancelled = await client.SubmitAsync(Page, Page + "/visits/apt-next/cancel");
        using var early = await client.SubmitAsync(Page, Page + "/visits/apt-next/attendance", new() { ["attended"] = "yes" });
        using var other = await client.SubmitAsync(Page, Page + "/visits/apt-other/attendance", new() { ["attended"] = "yes" });
        var (_, after) = await client.GetAsync(Page);

        Assert.Contains("Próximas citas", before);
        Assert.Contains("Citas pasadas", before);
        Assert.Equal(2, Occurrences(before, "Cancelar la cita"));
        Assert.Contains("Sin marcar", before);
        Assert.Contains("jueves, 14 de marzo de 2030 10:30", before);
        Assert.Contains("notice=visit-marked", marked.Headers.Location?.OriginalString);
        Assert.Contains("notice=visit-cancelled", cancelled.Headers.Location?.OriginalString);
        Assert.Contains("notice=visit-unchanged", early.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.False((await store.GetAsync("apt-past", Cancel))?.Attended);
        Assert.Equal(AppointmentStates.Cancelled, (await store.GetAsync("apt-next", Cancel))?.State);
        Assert.Null((await store.GetAsync("apt-next", Cancel))?.Attended);
        Assert.Null((await store.GetAsync("apt-other", Cancel))?.Attended);
        Assert.Contains("No asistió", after);
        Assert.Contains("Cancelada", after);
        Assert.Equal(1, Occurrences(after, "Cancelar la cita"));
    }

    [Fact]
    public async Task The_familys_answer_to_reminders_is_shown_and_changed_from_their_page_and_at_enrolment()
    {
        await using var site = await SiteAsync();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var families = site.Services.GetRequiredService<IFamilyStore>();

        var (_, unasked) = await client.GetAsync(Page);
        using var on = await client.SubmitAsync(Page, Page + "/reminders", new() { ["reminders"] = "on" });
        var (_, agreed) = await client.GetAsync(on.Headers.Location!.OriginalString);
        using var enrolled = await client.SubmitAsync("/portal/families/new", "/portal/families", new()
        {
            ["mrn"] = "MRN-77", ["childFirstName"] = "Noah", ["caregiverName"] = "Kim", ["language"] = "en", ["channel"] = "webchat", ["reminders"] = "yes",
        });

        Assert.Contains("data-reminders=\"unknown\"", unasked);
        Assert.Contains("The family agreed: turn reminders on", unasked);
        Assert.Contains("The family&#x27;s answer to reminders was saved.", agreed);
        Assert.Contains("data-reminders=\"yes\"", agreed);
        Assert.Contains("turn reminders off", agreed);
        Assert.True((await families.GetAsync("fam-1", Cancel))?.Reminders);
        Assert.True((await families.SearchAsync("MRN-77", 1, Cancel)).Single().Reminders);
        var entry = Assert.Single((await site.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.RemindersConsent), Cancel)).Items);
        Assert.Equal(("fam-1", "portal yes"), (entry.FamilyId, entry.Detail));
    }

    [Fact]
    public async Task The_visit_forms_are_refused_without_a_sign_in_or_the_token()
    {
        await using var site = await SiteAsync();
        await Visits(site).CreateAsync(Visit("apt-next", "fam-1", DateTimeOffset.UtcNow.AddDays(2)), Cancel);
        using var client = PortalSite.Client(site);

        using var anonymous = await client.SubmitAsync("/portal/signin", Page + "/visits/apt-next/cancel");
        using var signedIn = await client.SignInAsync();
        using var noToken = await client.PostAsync(Page + "/visits/apt-next/cancel", []);
        using var noTokenAdd = await client.PostAsync(Page + "/visits", new() { ["date"] = "2030-03-14", ["time"] = "10:30", ["kind"] = "video" });
        using var noTokenConsent = await client.PostAsync(Page + "/reminders", new() { ["reminders"] = "on" });

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/portal/signin", anonymous.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noTokenAdd.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noTokenConsent.StatusCode);
        Assert.Equal(AppointmentStates.Scheduled, (await Visits(site).GetAsync("apt-next", Cancel))?.State);
        Assert.Single(await Visits(site).ForFamilyAsync("fam-1", 10, Cancel));
        Assert.Null((await site.Services.GetRequiredService<IFamilyStore>().GetAsync("fam-1", Cancel))?.Reminders);
    }

    private static int Occurrences(string html, string text) => html.Split(text).Length - 1;

    private static IAppointmentStore Visits(PuenteBot.Tests.Support.BotApplicationFactory site) => site.Services.GetRequiredService<IAppointmentStore>();

    private static AppointmentRecord Visit(string id, string familyId, DateTimeOffset start) =>
        new(id, familyId, start, "Dr. Kim", AppointmentKinds.InPerson, AppointmentStates.Scheduled, null, null, null, start.AddDays(-7), start.AddDays(-7));

    private static async Task<PuenteBot.Tests.Support.BotApplicationFactory> SiteAsync(string language = "en")
    {
        var settings = PortalSite.Settings(language);
        settings["Clinic:TimeZone"] = "America/Chicago";
        var site = PortalSite.Create(settings);
        var families = site.Services.GetRequiredService<IFamilyStore>();
        await families.CreateAsync(new FamilyRecord("fam-1", "MRN-1", "Mateo", "Lucía", null, "es", "webchat", "Dr. Kim", DateTimeOffset.UtcNow), Cancel);
        await families.CreateAsync(new FamilyRecord("fam-2", "MRN-2", "Ava", "Sam", null, "en", "webchat", null, DateTimeOffset.UtcNow), Cancel);
        return site;
    }
}
