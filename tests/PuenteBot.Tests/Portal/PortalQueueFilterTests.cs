using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Families;

namespace PuenteBot.Tests.Portal;

/// <summary>The queue's filters (case state, urgency, clinician, language) and its search by record number or name, on the page and the polled table.</summary>
public class PortalQueueFilterTests
{
    [Fact]
    public async Task The_queue_filters_by_state_urgency_clinician_and_language_and_finds_a_family_by_record_number_or_name()
    {
        await using var site = PortalSite.Create(PortalCaseTests.TwoAccounts());
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        var mateo = await PortalSite.EscalateAsync(site.Services, "conv-mateo", Urgency.Urgent, "suicide", now.AddMinutes(-4));
        var other = await PortalSite.EscalateAsync(site.Services, "conv-other", Urgency.Routine, "talk_to_clinician", now.AddMinutes(-3), "directline", "en");
        var families = site.Services.GetRequiredService<IFamilyStore>();
        await families.CreateAsync(new FamilyRecord("fam-mateo", "448812", "Mateo", "Rosa Jiménez", "+15558675309", "es", "sms", "Dr. Alvarez", now), ct);
        await families.LinkAsync("conv-mateo", "fam-mateo", ct);
        using var claim = await client.SubmitAsync($"/portal/escalations/{mateo}", $"/portal/escalations/{mateo}/claim");

        async Task<(bool Mateo, bool Other)> ShownAsync(string query)
        {
            var (_, page) = await client.GetAsync("/portal" + query);
            var (_, table) = await client.GetAsync("/portal/queue" + query);
            bool Row(string html, string id) => System.Text.RegularExpressions.Regex.IsMatch(html, $"<tr [^>]*data-id=\"{id}\"");
            Assert.Equal((Row(page, mateo), Row(page, other)), (Row(table, mateo), Row(table, other)));
            return (Row(page, mateo), Row(page, other));
        }

        Assert.Equal((true, true), await ShownAsync(string.Empty));
        Assert.Equal((true, false), await ShownAsync("?search=4488"));
        Assert.Equal((true, false), await ShownAsync("?search=jimenez")); // accents and case ignored
        Assert.Equal((true, false), await ShownAsync("?search=mateo"));
        Assert.Equal((false, false), await ShownAsync("?search=99999"));
        Assert.Equal((false, true), await ShownAsync("?urgency=routine"));
        Assert.Equal((true, false), await ShownAsync("?state=claimed"));
        Assert.Equal((false, true), await ShownAsync("?state=open"));
        Assert.Equal((true, false), await ShownAsync("?clinician=ana"));
        Assert.Equal((false, false), await ShownAsync("?clinician=luis"));
        Assert.Equal((false, true), await ShownAsync("?language=en"));
        Assert.Equal((true, false), await ShownAsync("?language=es&urgency=urgent&search=448812"));
    }
}
