using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Families;
using PuenteBot.Tests.Portal;
using PuenteBot.Visits.Outreach;

namespace PuenteBot.Tests.Visits;

/// <summary>The follow-up form on an escalation's page: only for a conversation linked to an enrolled family, in the clinician's language.</summary>
public class FollowUpPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_form_is_offered_only_for_an_enrolled_family_and_speaks_the_clinicians_language()
    {
        await using var site = PortalSite.Create(PortalSite.Settings("es"));
        var unlinked = await PortalSite.EscalateAsync(site.Services, "conv-alone", "routine", "callback", DateTimeOffset.UtcNow);
        var linked = await PortalSite.EscalateAsync(site.Services, "conv-family", "routine", "callback", DateTimeOffset.UtcNow);
        var families = site.Services.GetRequiredService<IFamilyStore>();
        await families.CreateAsync(new FamilyRecord("fam-1", "MRN-1", "Leo", "Rosa Díaz", null, "es", "webchat", null, DateTimeOffset.UtcNow), Cancel);
        await families.LinkAsync("conv-family", "fam-1", Cancel);
        using var client = PortalSite.Client(site);
        using var signIn = await client.SignInAsync();
        var alone = $"/portal/escalations/{unlinked}";
        var family = $"/portal/escalations/{linked}";

        var (_, alonePage) = await client.GetAsync(alone);
        using var refused = await client.PostAsync(alone + "/followup", new() { ["text"] = "Hola", ["__RequestVerificationToken"] = PortalClient.TokenIn(alonePage) });
        var (_, familyPage) = await client.GetAsync(family);
        using var queued = await client.SubmitAsync(family, family + "/followup", new() { ["text"] = "Hola, ¿cómo siguen?" });
        using var empty = await client.SubmitAsync(family, family + "/followup", new() { ["text"] = "   " });
        var (_, listed) = await client.GetAsync(family);

        Assert.DoesNotContain(alone + "/followup", alonePage, StringComparison.Ordinal);
        Assert.Equal($"{alone}?notice=FollowUpNoFamily", refused.Headers.Location!.OriginalString);
        Assert.Contains(family + "/followup", familyPage, StringComparison.Ordinal);
        Assert.Contains("Mensaje a la familia", familyPage, StringComparison.Ordinal);
        Assert.Matches($@"{family}\?notice=FollowUp(Queued|QuietHours)", queued.Headers.Location!.OriginalString);
        Assert.Equal($"{family}?notice=Refused", empty.Headers.Location!.OriginalString);
        var row = Assert.Single(await site.Services.GetRequiredService<IOutreachStore>().FollowUpsAsync(linked, Cancel));
        Assert.Equal((OutreachKinds.FollowUp, "fam-1", "Ana Ruiz"), (row.Kind, row.FamilyId, row.Author));
        Assert.Contains($"data-state=\"{row.State}\"", listed, StringComparison.Ordinal); // pending, or skipped if the host's worker already tried it (no channel reaches this family)
    }
}
