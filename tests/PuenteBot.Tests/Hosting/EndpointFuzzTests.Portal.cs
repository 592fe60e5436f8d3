using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Audit;
using PuenteBot.Families;
using PuenteBot.Tests.Portal;
using PuenteBot.Visits.Appointments;

namespace PuenteBot.Tests.Hosting;

/// <summary>
/// The same mutations on every route of the signed-in portal: a clinician's cookie and a valid anti-forgery token
/// (which the mutations may drop or garble), so bad input reaches the handlers behind the sign-in. Sign-out is left
/// out (it would end the run's session), everything else is in, the family deletion too.
/// </summary>
public sealed partial class EndpointFuzzTests
{
    private const int PortalRounds = 70;

    [Fact]
    public async Task Mutated_requests_on_every_signed_in_portal_route_never_get_a_5xx()
    {
        var settings = PortalSite.Settings();
        settings["Escalation:Delivery:PollInterval"] = "01:00:00";
        await using var site = PortalSite.Create(settings);
        await site.Services.GetRequiredService<IFamilyStore>().CreateAsync(new FamilyRecord("fam-fuzz", "MRN-F1", "Leo", "Rosa Díaz", "+15005550177", "es", "sms", null, DateTimeOffset.UtcNow), Ct);
        await site.Services.GetRequiredService<IFamilyStore>().LinkAsync("conv-fuzz", "fam-fuzz", Ct);
        await site.Services.GetRequiredService<IAppointmentStore>().CreateAsync(
            new AppointmentRecord("apt-fuzz", "fam-fuzz", DateTimeOffset.UtcNow.AddHours(-1), null, AppointmentKinds.Video, AppointmentStates.Scheduled, null, null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow), Ct);
        var escalation = await PortalSite.EscalateAsync(site.Services, "conv-fuzz", "urgent", "suicide", DateTimeOffset.UtcNow);
        using var client = PortalSite.Client(site);
        using var signedIn = await client.SignInAsync();
        Assert.Equal("/portal", signedIn.Headers.Location?.OriginalString);
        var (_, queue) = await client.GetAsync("/portal");
        var token = PortalClient.TokenIn(queue);
        var (sent, failures) = await SendMutatedAsync(client.Http, PortalTargets(escalation, token), PortalRounds);
        var (reportsSent, reportFailures) = await SendMutatedAsync(client.Http, ReportTargets, PortalRounds); // after, so the first run's sequence stays as it was
        (sent, failures) = (sent + reportsSent, [.. failures, .. reportFailures]);

        var (status, _) = await client.GetAsync("/portal/families/fam-fuzz");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        // The cookie and token held: the forms reached their handlers (a deletion and an acknowledgement were audited).
        var audit = site.Services.GetRequiredService<IAuditLog>();
        Assert.NotEqual(0, (await audit.QueryAsync(new AuditQuery(Action: AuditActions.DeleteFamily), Ct)).Total);
        Assert.NotEqual(0, (await audit.QueryAsync(new AuditQuery(Action: AuditActions.Acknowledge), Ct)).Total);
        Assert.True(sent >= 1500, $"only {sent} requests");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests failed on the server:\n{string.Join('\n', failures.Take(20))}");
    }

    /// <summary>The read-only report pages added since the targets above were tuned (their own run, from the same seed).</summary>
    private static List<Target> ReportTargets =>
    [
        new("outcomes", HttpMethod.Get, "/portal/outcomes?from=2026-01-01&to=2026-12-31", null, null),
        new("outcomes-csv", HttpMethod.Get, "/portal/outcomes.csv?from=2026-01-01&to=2026-12-31", null, null),
    ];

    private static List<Target> PortalTargets(string escalation, string token)
    {
        Func<Dictionary<string, string>> Form(params (string Key, string Value)[] fields) =>
            () => new Dictionary<string, string>(fields.Select(f => KeyValuePair.Create(f.Key, f.Value))) { ["__RequestVerificationToken"] = token };
        var e = "/portal/escalations/" + escalation;
        var f = "/portal/families/fam-fuzz";
        return
        [
            new("queue", HttpMethod.Get, "/portal", null, null),
            new("queue-table", HttpMethod.Get, "/portal/queue?state=open&urgency=urgent", null, null),
            new("escalation", HttpMethod.Get, e, null, null),
            new("transcript", HttpMethod.Get, e + "/transcript", null, null),
            new("ack", HttpMethod.Post, e + "/ack", null, null, Form()),
            new("claim", HttpMethod.Post, e + "/claim", null, null, Form()),
            new("assign", HttpMethod.Post, e + "/assign", null, null, Form(("assignee", PortalClient.User))),
            new("note", HttpMethod.Post, e + "/note", null, null, Form(("text", "llamé a la mamá"))),
            new("join", HttpMethod.Post, e + "/join", null, null, Form()),
            new("reply", HttpMethod.Post, e + "/reply", null, null, Form(("text", "Hola, soy Ana"))),
            new("handback", HttpMethod.Post, e + "/handback", null, null, Form()),
            new("followup", HttpMethod.Post, e + "/followup", null, null, Form(("text", "¿Cómo va el plan?"))),
            new("close", HttpMethod.Post, e + "/close", null, null, Form(("disposition", "reached"), ("note", "ok"))),
            new("crisis-report", HttpMethod.Get, "/portal/reports/crisis?from=2026-01-01&to=2026-12-31", null, null),
            new("families", HttpMethod.Get, "/portal/families?q=MRN", null, null),
            new("enrol-form", HttpMethod.Get, "/portal/families/new", null, null),
            new("enrol", HttpMethod.Post, "/portal/families", null, null, Form(("mrn", "F-2"), ("childFirstName", "Ana"), ("caregiverName", "Rosa"), ("phone", "+15555550199"), ("language", "es"), ("channel", "sms"))),
            new("family", HttpMethod.Get, f, null, null),
            new("export", HttpMethod.Get, f + "/export?format=html", null, null),
            new("delete", HttpMethod.Post, f + "/delete", null, null, Form(("confirm", "yes"))),
            new("audit", HttpMethod.Get, "/portal/audit?actor=ana&action=view&from=2026-01-01&to=2026-12-31", null, null),
            new("audit-csv", HttpMethod.Get, "/portal/audit.csv?from=2026-01-01", null, null),
            new("signin-page", HttpMethod.Get, "/portal/signin?returnUrl=%2Fportal", null, null),
            new("visit-add", HttpMethod.Post, f + "/visits", null, null, Form(("date", "2030-03-14"), ("time", "10:30"), ("clinician", "Dr. Fuzz"), ("kind", "video"))),
            new("visit-attendance", HttpMethod.Post, f + "/visits/apt-fuzz/attendance", null, null, Form(("attended", "no"))),
            new("visit-cancel", HttpMethod.Post, f + "/visits/apt-fuzz/cancel", null, null, Form()),
            new("reminders", HttpMethod.Post, f + "/reminders", null, null, Form(("reminders", "on"))),
        ];
    }
}
