using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Escalation;

namespace PuenteBot.Tests.Portal;

/// <summary>The queue: by urgency, then oldest first; the table the page polls carries the same rows.</summary>
public partial class PortalQueueTests
{
    [Fact]
    public async Task Urgent_comes_first_then_routine_then_barrier_reports_oldest_first_within_each()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var now = DateTimeOffset.UtcNow;
        var report = await PortalSite.EscalateAsync(site.Services, "q-report", Urgency.BarrierReport, "barrier_report", now.AddDays(-3));
        var routine = await PortalSite.EscalateAsync(site.Services, "q-routine", Urgency.Routine, "talk_to_clinician", now.AddHours(-2));
        var newer = await PortalSite.EscalateAsync(site.Services, "q-urgent-new", Urgency.Urgent, "suicide", now.AddMinutes(-1));
        var older = await PortalSite.EscalateAsync(site.Services, "q-urgent-old", Urgency.Urgent, "self_harm", now.AddMinutes(-50));

        var (_, page) = await client.GetAsync("/portal");
        var (_, table) = await client.GetAsync("/portal/queue");

        Assert.Equal([older, newer, routine, report], RowIds(page));
        Assert.Equal(RowIds(page), RowIds(table));
        Assert.DoesNotContain("<html", table, StringComparison.Ordinal);
        Assert.Contains("data-poll=\"/portal/queue\"", page, StringComparison.Ordinal);
        Assert.Contains("50 min", page, StringComparison.Ordinal);
        Assert.Contains("3 d", page, StringComparison.Ordinal);
    }

    private static List<string> RowIds(string html) => [.. RowId().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr class=\"[^\"]*\" data-id=\"([^\"]+)\"")]
    private static partial Regex RowId();
}
