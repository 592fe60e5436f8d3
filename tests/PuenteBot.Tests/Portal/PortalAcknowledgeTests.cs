using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations;

namespace PuenteBot.Tests.Portal;

/// <summary>Acknowledging from the escalation page records who did it; the escalation leaves the queue.</summary>
public class PortalAcknowledgeTests
{
    [Fact]
    public async Task Acknowledge_records_the_clinician_and_empties_the_queue()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var id = await PortalSite.EscalateAsync(site.Services, "conv-ack", Urgency.Urgent, "suicide", DateTimeOffset.UtcNow.AddMinutes(-7));
        var page = $"/portal/escalations/{id}";

        using var response = await client.SubmitAsync(page, page + "/ack");
        var record = await site.Services.GetRequiredService<IEscalationStore>().GetAsync(id, TestContext.Current.CancellationToken);
        var (_, after) = await client.GetAsync(response.Headers.Location!.OriginalString);
        var (_, queue) = await client.GetAsync("/portal");

        Assert.Equal($"{page}?notice=Acknowledged", response.Headers.Location!.OriginalString);
        Assert.Equal(EscalationStates.Acknowledged, record!.State);
        Assert.Equal(PortalClient.User, record.AcknowledgedBy);
        Assert.NotNull(record.AcknowledgedAt);
        Assert.Contains("Acknowledged by ana", after, StringComparison.Ordinal);
        Assert.Contains("Nothing is waiting", queue, StringComparison.Ordinal);
        Assert.DoesNotContain($"<tr class=\"urgency-urgent\" data-id=\"{id}\"", queue, StringComparison.Ordinal);
        Assert.Contains($"<li data-id=\"{id}\">", queue, StringComparison.Ordinal);
        Assert.Contains("Acknowledged by ana at", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_escalation_is_404_without_family_data()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();

        var (status, html) = await client.GetAsync("/portal/escalations/nope");
        using var ack = await client.SubmitAsync("/portal", "/portal/escalations/nope/ack");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("There is no escalation with this id.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, ack.StatusCode);
    }

    [Fact]
    public async Task A_Spanish_speaking_clinician_reads_the_portal_in_Spanish()
    {
        await using var site = PortalSite.Create(PortalSite.Settings(language: "es"));
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        await PortalSite.EscalateAsync(site.Services, "conv-es", Urgency.Routine, "talk_to_clinician", DateTimeOffset.UtcNow);

        var (_, queue) = await client.GetAsync("/portal");

        Assert.Contains("<html lang=\"es\">", queue, StringComparison.Ordinal);
        Assert.Contains("Avisos pendientes", queue, StringComparison.Ordinal);
        Assert.Contains("Cerrar sesión", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dead_letter_shows_which_notice_failed_and_why()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var id = await PortalSite.EscalateAsync(site.Services, "conv-dead", Urgency.Urgent, "suicide", DateTimeOffset.UtcNow);
        await PortalSite.DeadLetterAsync(site.Services, id, "HTTP 503 after 6 tries");

        var (_, page) = await client.GetAsync($"/portal/escalations/{id}");
        var (_, queue) = await client.GetAsync("/portal");

        Assert.Contains("How the care team was told", page, StringComparison.Ordinal);
        Assert.Contains("<td>Webhook</td><td><span class=\"badge state-dead_letter\">", page, StringComparison.Ordinal);
        Assert.Contains("HTTP 503 after 6 tries", page, StringComparison.Ordinal);
        Assert.Contains("class=\"urgency-urgent dead-letter\"", queue, StringComparison.Ordinal);
        Assert.Contains("NOT DELIVERED", queue, StringComparison.Ordinal);
    }
}
