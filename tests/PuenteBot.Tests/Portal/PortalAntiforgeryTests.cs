using System.Net;
using PuenteBot.Dialogs.Escalation;

namespace PuenteBot.Tests.Portal;

/// <summary>Every portal form needs its anti-forgery token: a POST without it (or with another's) is refused with 400 and changes nothing.</summary>
public class PortalAntiforgeryTests
{
    [Theory]
    [InlineData("ack")]
    [InlineData("join")]
    [InlineData("reply")]
    [InlineData("handback")]
    public async Task A_signed_in_post_without_the_token_is_refused(string action)
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var id = await PortalSite.EscalateAsync(site.Services, "conv-af", Urgency.Urgent, "suicide", DateTimeOffset.UtcNow);

        using var response = await client.PostAsync($"/portal/escalations/{id}/{action}", new() { ["text"] = "hola" });
        var (_, page) = await client.GetAsync($"/portal/escalations/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Join conversation", page, StringComparison.Ordinal);
        Assert.Contains("Acknowledge", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_and_sign_out_need_the_token_too()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);

        using var signIn = await client.PostAsync("/portal/signin", new() { ["user"] = PortalClient.User, ["password"] = PortalClient.Password });
        using var _ = await client.SignInAsync();
        using var signOut = await client.PostAsync("/portal/signout", []);
        var (status, _) = await client.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_token_from_another_browser_is_refused()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var other = PortalSite.Client(site);
        using var _ = await client.SignInAsync();
        var id = await PortalSite.EscalateAsync(site.Services, "conv-af2", Urgency.Routine, "talk_to_clinician", DateTimeOffset.UtcNow);
        var (_, page) = await other.GetAsync("/portal/signin");

        using var response = await client.PostAsync($"/portal/escalations/{id}/ack", new() { ["__RequestVerificationToken"] = PortalClient.TokenIn(page) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
