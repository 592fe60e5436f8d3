using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>
/// Two portal instances on one database, as behind a load balancer: a sign-out or "sign out everywhere" handled by
/// one ends the session on the other too (the revocations are in the database, not in either process).
/// </summary>
public class PortalSessionsAcrossInstancesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Signing_out_on_one_instance_refuses_the_old_cookie_on_the_other(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var a = PortalSite.Create(Settings(database));
        await using var b = PortalSite.Create(Settings(database));

        // One browser whose requests the load balancer sends to either instance: the two clients share its cookies.
        var browser = new CookieContainer();
        using var onA = new PortalClient(a.CreateDefaultClient(new CookieContainerHandler(browser)));
        using var onB = new PortalClient(b.CreateDefaultClient(new CookieContainerHandler(browser)));
        using var replayOnA = a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var signIn = await onA.SignInAsync();
        var cookie = PortalSessionTests.SessionCookie(signIn);
        using var before = await PortalSessionTests.ReplayAsync(replayOnA, cookie);
        using var signedOut = await onB.SubmitAsync("/portal", "/portal/signout");
        using var after = await PortalSessionTests.ReplayAsync(replayOnA, cookie);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("/portal/signin", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/portal/signin", after.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Signing_out_everywhere_on_one_instance_refuses_the_users_other_cookie_on_the_other(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var a = PortalSite.Create(Settings(database));
        await using var b = PortalSite.Create(Settings(database));
        using var laptopOnA = PortalSite.Client(a);
        using var phoneOnB = PortalSite.Client(b);
        using var replayOnA = a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var signIn = await laptopOnA.SignInAsync();
        var cookie = PortalSessionTests.SessionCookie(signIn);
        using var before = await PortalSessionTests.ReplayAsync(replayOnA, cookie);
        using var _ = await phoneOnB.SignInAsync();
        using var signedOut = await phoneOnB.SubmitAsync("/portal", "/portal/signout/everywhere");
        using var after = await PortalSessionTests.ReplayAsync(replayOnA, cookie);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("/portal/signin", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/portal/signin", after.Headers.Location!.AbsolutePath);
    }

    private static Dictionary<string, string?> Settings(TestDatabase database)
    {
        var settings = PortalSite.Settings();
        foreach (var (key, value) in database.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }
}
