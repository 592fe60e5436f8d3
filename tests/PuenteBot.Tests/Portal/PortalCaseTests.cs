using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Audit;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Cases;
using PuenteBot.Portal.SignIn;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Portal;

/// <summary>Cases from the portal: claim (which acknowledges), close with a disposition and a note, the queue's owner column, and every step in the audit log and its CSV export.</summary>
public class PortalCaseTests
{
    [Fact]
    public async Task Claim_and_close_show_on_the_page_and_the_queue_and_each_step_is_audited()
    {
        await using var site = PortalSite.Create(TwoAccounts());
        using var client = PortalSite.Client(site);
        using var stranger = PortalSite.Client(site);
        using var refused = await stranger.SignInAsync(PortalClient.User, "wrong password");
        using var signedIn = await client.SignInAsync();
        var id = await PortalSite.EscalateAsync(site.Services, "conv-case", Urgency.Urgent, "suicide", DateTimeOffset.UtcNow.AddMinutes(-3));
        var page = $"/portal/escalations/{id}";

        using var claim = await client.SubmitAsync(page, page + "/claim");
        var (_, queue) = await client.GetAsync("/portal");
        using var close = await client.SubmitAsync(page, page + "/close", new() { ["disposition"] = CaseDispositions.LeftMessage, ["note"] = "Voicemail at 3:10, will try again." });
        var (_, closed) = await client.GetAsync(page);
        var (_, afterClose) = await client.GetAsync("/portal");
        var escalation = await site.Services.GetRequiredService<IEscalationStore>().GetAsync(id, TestContext.Current.CancellationToken);

        Assert.Equal($"{page}?notice=Claimed", claim.Headers.Location!.OriginalString);
        Assert.Equal(PortalClient.User, escalation!.AcknowledgedBy);
        Assert.Contains($"data-id=\"{id}\"", queue, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge case-claimed\">Claimed</span></td>\n                    <td>ana</td>", queue, StringComparison.Ordinal);
        Assert.Equal($"{page}?notice=Closed", close.Headers.Location!.OriginalString);
        Assert.Contains("Closed", closed, StringComparison.Ordinal);
        Assert.Contains("Left a message", closed, StringComparison.Ordinal);
        Assert.Contains("Voicemail at 3:10, will try again.", closed, StringComparison.Ordinal);
        Assert.DoesNotContain($"<tr class=\"urgency-urgent\" data-id=\"{id}\"", afterClose, StringComparison.Ordinal);

        var audit = site.Services.GetRequiredService<IAuditLog>();
        var ofCase = await audit.QueryAsync(new AuditQuery(EscalationId: id), TestContext.Current.CancellationToken);
        Assert.Equal(
            [AuditActions.View, AuditActions.ContactView, AuditActions.Claim, AuditActions.View, AuditActions.ContactView, AuditActions.Close, AuditActions.Note, AuditActions.View, AuditActions.ContactView],
            ofCase.Items.Reverse().Select(e => e.Action));
        Assert.All(ofCase.Items, e => Assert.Equal(PortalClient.User, e.Actor));
        Assert.Equal(CaseDispositions.LeftMessage, ofCase.Items.Single(e => e.Action == AuditActions.Close).Detail);
        var signIns = await audit.QueryAsync(new AuditQuery(Actor: PortalClient.User), TestContext.Current.CancellationToken);
        Assert.Contains(signIns.Items, e => e.Action == AuditActions.SignInFailed && e.Detail == "failed");
        Assert.Contains(signIns.Items, e => e.Action == AuditActions.SignIn);
        Assert.DoesNotContain(signIns.Items, e => (e.Detail ?? string.Empty).Contains("Voicemail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_audit_page_filters_and_the_csv_export_is_itself_audited()
    {
        await using var site = PortalSite.Create(TwoAccounts());
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var id = await PortalSite.EscalateAsync(site.Services, "conv-audit", Urgency.Routine, "talk_to_clinician", DateTimeOffset.UtcNow);
        var page = $"/portal/escalations/{id}";
        using var claim = await client.SubmitAsync(page, page + "/claim");

        var (status, html) = await client.GetAsync("/portal/audit?action=claim");
        using var csv = await client.Http.GetAsync($"/portal/audit.csv?escalation={id}", TestContext.Current.CancellationToken);
        var text = await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var exports = await site.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.Export), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<tr data-action=\"claim\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr data-action=\"view\">", html, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,actor,action,escalation_id,family_id,detail", lines[0]);
        Assert.Contains(lines, line => line.Contains($",ana,claim,{id},", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), line => Assert.Contains(id, line, StringComparison.Ordinal));
        Assert.Equal(("ana", id, $"audit:{lines.Length - 1}"), (exports.Items[0].Actor, exports.Items[0].EscalationId, exports.Items[0].Detail));
    }

    [Fact]
    public async Task Joining_a_family_the_bot_cannot_reach_warns_and_the_bot_keeps_answering_them()
    {
        await using var site = PortalSite.Create(TwoAccounts());
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var pipeline = site.Services.GetRequiredService<TurnPipeline>();
        Assert.NotEmpty((await Say(pipeline, "hola")).Replies);
        await Say(pipeline, "sí");
        await Say(pipeline, "me quiero suicidar");
        var id = (await site.Services.GetRequiredService<IEscalationStore>().QueueAsync(10, TestContext.Current.CancellationToken)).Single(e => e.ConversationId == "conv-away").Id;
        var page = $"/portal/escalations/{id}";

        using var join = await client.SubmitAsync(page, page + "/join");
        var (_, after) = await client.GetAsync(join.Headers.Location!.OriginalString);
        var handoff = site.Services.GetRequiredService<PuenteBot.Portal.Handoff.HandoffService>();
        var direct = await handoff.JoinAsync("conv-away", new PortalClinician("ana", "Ana Ruiz", "en"), TestContext.Current.CancellationToken);
        var reply = await Say(pipeline, "¿hola? ¿hay alguien ahí? él regresa pronto");
        var @case = await site.Services.GetRequiredService<ICaseStore>().GetAsync(id, TestContext.Current.CancellationToken);

        Assert.Equal($"{page}?notice=Unreachable", join.Headers.Location!.OriginalString);
        Assert.Contains("PuenteBot stays in the conversation and keeps answering them", after, StringComparison.Ordinal);
        Assert.Equal(PuenteBot.Portal.Handoff.HandoffResult.Unreachable, direct);
        Assert.NotEmpty(reply.Replies);
        Assert.Equal(CaseStates.Open, @case.State);
    }

    /// <summary>A family message on a channel no proactive sender serves (not SMS, not the web chat, no connector address).</summary>
    private static Task<TurnResult> Say(TurnPipeline pipeline, string text)
    {
        var message = TestActivities.Message("conv-away", text, "test");
        message.ServiceUrl = null;
        return pipeline.ProcessAsync(message, TestContext.Current.CancellationToken);
    }

    /// <summary>Ana (en) and Luis (es), same password.</summary>
    public static Dictionary<string, string?> TwoAccounts()
    {
        var settings = PortalSite.Settings();
        settings["Portal:Accounts:1:User"] = "luis";
        settings["Portal:Accounts:1:PasswordHash"] = settings["Portal:Accounts:0:PasswordHash"];
        settings["Portal:Accounts:1:Name"] = "Dr. Luis Vega";
        settings["Portal:Accounts:1:Language"] = "es";
        return settings;
    }
}
