using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Audit;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations;
using PuenteBot.Families;
using PuenteBot.State;
using PuenteBot.Tests.Portal;
using PuenteBot.Visits.Appointments;

namespace PuenteBot.Tests.Privacy;

/// <summary>Staff exporting and deleting an enrolled family's data from the family page (linked from their escalation page), both audited.</summary>
public class PortalFamilyDataTests
{
    private const string Marker = "mensaje-marcado-58";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_export_the_familys_messages_then_delete_them_and_both_are_audited()
    {
        await using var site = PortalSite.Create();
        var services = site.Services;
        await services.GetRequiredService<IFamilyStore>().CreateAsync(new FamilyRecord("fam-d", "MRN-58", "Leo", "Rosa Díaz", "+15005550158", "es", "sms", null, DateTimeOffset.UtcNow), Cancel);
        await services.GetRequiredService<IFamilyStore>().LinkAsync("conv-fam-d", "fam-d", Cancel);
        var escalationId = await PortalSite.EscalateAsync(services, "conv-fam-d", "urgent", "suicide", DateTimeOffset.UtcNow);
        var conversations = services.GetRequiredService<IConversationStore>();
        var stored = await conversations.LoadAsync("conv-fam-d", Cancel);
        var log = new List<LogEntry> { new(LogEntry.Inbound, "a1", "message", Marker, DateTimeOffset.UtcNow) };
        Assert.True(await conversations.TrySaveAsync(new ConversationWrite("conv-fam-d", "sms", stored.Version, stored.Data, log, [], DateTimeOffset.UtcNow), Cancel));
        var visits = services.GetRequiredService<IAppointmentStore>();
        await visits.CreateAsync(Visit("apt-d", "fam-d"), Cancel);
        await services.GetRequiredService<IFamilyStore>().CreateAsync(new FamilyRecord("fam-o", "MRN-59", "Ava", "Sam", null, "en", "webchat", null, DateTimeOffset.UtcNow), Cancel);
        await visits.CreateAsync(Visit("apt-o", "fam-o"), Cancel);
        await ErasureRows.AddFollowUpAsync(services, "fam-d", "seguimiento-58");
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();

        var (_, page) = await client.GetAsync("/portal/families/fam-d");
        var (_, escalationPage) = await client.GetAsync("/portal/escalations/" + escalationId);
        using var json = await client.Http.GetAsync("/portal/families/fam-d/export", Cancel);
        var exported = JsonNode.Parse(await json.Content.ReadAsStringAsync(Cancel))!;
        var (htmlStatus, readable) = await client.GetAsync("/portal/families/fam-d/export?format=html");
        using var unconfirmed = await client.SubmitAsync("/portal/families/fam-d", "/portal/families/fam-d/delete");
        var kept = await services.GetRequiredService<IConversationStore>().ReadLogAsync("conv-fam-d", Cancel);
        using var deleted = await client.SubmitAsync("/portal/families/fam-d", "/portal/families/fam-d/delete", new() { ["confirm"] = "yes" });

        Assert.Contains("action=\"/portal/families/fam-d/delete\"", page);
        Assert.Contains("<p class=\"family-data\"><a href=\"/portal/families/fam-d\">", escalationPage);
        Assert.Equal("attachment; filename=\"puentebot-fam-d.json\"", json.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal(Marker, (string?)exported["conversations"]![0]!["log"]![0]!["text"]);
        Assert.Equal("MRN-58", (string?)exported["family"]!["mrn"]);
        Assert.Equal("apt-d", (string?)exported["appointments"]![0]!["id"]);
        Assert.Single(exported["appointments"]!.AsArray());
        Assert.Equal("seguimiento-58", (string?)exported["outreach"]![0]!["body"]);
        Assert.Equal("Dr. Kim", (string?)exported["outreach"]![0]!["author"]);
        Assert.Contains("apt-d", readable);
        Assert.Contains("seguimiento-58", readable);
        Assert.Equal(HttpStatusCode.OK, htmlStatus);
        Assert.Contains(Marker, readable);
        Assert.Contains("charset=\"utf-8\"", readable);
        Assert.Contains(kept, e => e.Text == Marker);
        Assert.Equal("/portal/families/fam-d?notice=deleted", deleted.Headers.Location?.OriginalString);
        Assert.Empty(await services.GetRequiredService<IConversationStore>().ReadLogAsync("conv-fam-d", Cancel));
        var escalation = await services.GetRequiredService<IEscalationStore>().GetAsync(escalationId, Cancel);
        Assert.Equal("staff", (string?)escalation!.Summary["erased"]!["by"]);
        Assert.NotNull(await services.GetRequiredService<IFamilyStore>().GetAsync("fam-d", Cancel));
        var audit = services.GetRequiredService<IAuditLog>();
        var exports = await audit.QueryAsync(new AuditQuery(Action: AuditActions.ExportFamily), Cancel);
        var deletions = await audit.QueryAsync(new AuditQuery(Action: AuditActions.DeleteFamily), Cancel);
        Assert.Equal(2, exports.Total);
        Assert.All(exports.Items, e => Assert.Equal("fam-d", e.FamilyId));
        var deletion = Assert.Single(deletions.Items);
        Assert.Equal(PortalClient.User, deletion.Actor);
        Assert.Contains("conversations=1", deletion.Detail, StringComparison.Ordinal);
        Assert.Contains("visits=1 outreach=1", deletion.Detail, StringComparison.Ordinal);
        Assert.Null(await visits.GetAsync("apt-d", Cancel));
        Assert.NotNull(await visits.GetAsync("apt-o", Cancel));
        Assert.Equal(0, await ErasureRows.CountAsync(services, "outreach", "fam-d", "family_id"));
        Assert.DoesNotContain(Marker, deletion.Detail ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_family_no_conversation_is_linked_to_yet_still_deletes_their_visits()
    {
        await using var site = PortalSite.Create();
        await site.Services.GetRequiredService<IFamilyStore>().CreateAsync(new FamilyRecord("fam-n", "MRN-60", "Noah", "Kim", null, "en", "webchat", null, DateTimeOffset.UtcNow), Cancel);
        await site.Services.GetRequiredService<IAppointmentStore>().CreateAsync(Visit("apt-n", "fam-n"), Cancel);
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();

        using var deleted = await client.SubmitAsync("/portal/families/fam-n", "/portal/families/fam-n/delete", new() { ["confirm"] = "yes" });

        Assert.Equal("/portal/families/fam-n?notice=deleted", deleted.Headers.Location?.OriginalString);
        Assert.Null(await site.Services.GetRequiredService<IAppointmentStore>().GetAsync("apt-n", Cancel));
    }

    private static AppointmentRecord Visit(string id, string familyId) =>
        new(id, familyId, DateTimeOffset.UtcNow.AddDays(3), "Dr. Kim", AppointmentKinds.Video, AppointmentStates.Scheduled, null, null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
}
