using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PuenteBot.Audit;
using PuenteBot.Portal;
using PuenteBot.Portal.SignIn;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>Signing out ends the session on the server: the old cookie is refused; "sign out everywhere" and a changed password end every session; unreadable revocations refuse it too.</summary>
public class PortalSessionTests
{
    [Fact]
    public async Task The_cookie_from_before_sign_out_no_longer_opens_the_portal()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var replayer = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var signIn = await client.SignInAsync();
        var cookie = SessionCookie(signIn);
        using var before = await ReplayAsync(replayer, cookie);
        using var signOut = await client.SubmitAsync("/portal", "/portal/signout");
        using var after = await ReplayAsync(replayer, cookie);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("/portal/signin", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/portal/signin", after.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("en", "Sign out everywhere")]
    [InlineData("es", "Cerrar sesión en todos los dispositivos")]
    public async Task Sign_out_everywhere_ends_the_users_other_sessions_and_a_new_sign_in_still_works(string language, string button)
    {
        await using var site = PortalSite.Create(PortalSite.Settings(language));
        using var laptop = PortalSite.Client(site);
        using var phone = PortalSite.Client(site);
        using var _ = await laptop.SignInAsync();
        using var __ = await phone.SignInAsync();

        var (_, page) = await laptop.GetAsync("/portal");
        using var everywhere = await laptop.SubmitAsync("/portal", "/portal/signout/everywhere");
        var (phoneStatus, _) = await phone.GetAsync("/portal");
        var (laptopStatus, _) = await laptop.GetAsync("/portal");
        using var again = await phone.SignInAsync();
        var (againStatus, _) = await phone.GetAsync("/portal");

        Assert.Contains(button, page, StringComparison.Ordinal);
        Assert.Contains("action=\"/portal/signout/everywhere\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, phoneStatus);
        Assert.Equal(HttpStatusCode.Redirect, laptopStatus);
        Assert.Equal(HttpStatusCode.OK, againStatus);
        var audit = await site.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.SignOutEverywhere), TestContext.Current.CancellationToken);
        Assert.Equal(PortalClient.User, Assert.Single(audit.Items).Actor); // audited: who ended every session, when
    }

    [Fact]
    public async Task A_changed_password_hash_ends_the_sessions_signed_in_with_the_old_one()
    {
        await using var database = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        var portal = new PortalOptions { Accounts = [new PortalAccount { User = "ana", PasswordHash = "old-hash" }] };
        var sessions = Sessions(portal, PortalRevocationsTests.Store(database), clock);
        var principal = Principal(sessions, "ana", PortalSessions.Stamp("old-hash"));

        var before = await sessions.IsValidAsync(principal, TestContext.Current.CancellationToken);
        portal.Accounts[0].PasswordHash = "new-hash";

        Assert.True(before);
        Assert.False(await sessions.IsValidAsync(principal, TestContext.Current.CancellationToken));
        Assert.True(await sessions.IsValidAsync(Principal(sessions, "ana", PortalSessions.Stamp("new-hash")), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_cookie_without_a_session_id_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        var sessions = Sessions(new PortalOptions(), PortalRevocationsTests.Store(database), TimeProvider.System);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "ana")], PortalAuthentication.CookieScheme));

        Assert.False(await sessions.IsValidAsync(principal, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_cookie_without_an_issue_time_is_refused_once_its_user_signed_out_everywhere()
    {
        await using var database = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        var sessions = Sessions(new PortalOptions(), PortalRevocationsTests.Store(database), TimeProvider.System);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "ana"), new Claim(PortalSessions.SessionClaim, "s1")], PortalAuthentication.CookieScheme));

        var before = await sessions.IsValidAsync(principal, TestContext.Current.CancellationToken);
        await sessions.RevokeAllAsync("Ana", TestContext.Current.CancellationToken);

        Assert.True(before);
        Assert.False(await sessions.IsValidAsync(principal, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task When_the_revocations_cannot_be_read_the_cookie_is_refused_and_the_portal_sends_to_sign_in()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var signIn = await client.SignInAsync();
        var cookie = SessionCookie(signIn);
        var failing = new Mock<IPortalRevocations>();
        failing.Setup(r => r.IsRevokedAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("database unreachable"));
        await using var down = site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(failing.Object)));
        using var replayer = down.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var answer = await ReplayAsync(replayer, cookie);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/portal/signin", answer.Headers.Location!.AbsolutePath);
        failing.Verify(r => r.IsRevokedAsync(It.IsAny<string>(), PortalClient.User, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.AtLeastOnce());
    }

    [Theory]
    [InlineData("en", "/portal/signout", "record the sign-out")]
    [InlineData("es", "/portal/signout/everywhere", "no pudo registrarlo")]
    public async Task A_sign_out_the_database_cannot_record_still_signs_this_browser_out_and_says_so(string language, string action, string notice)
    {
        var failing = new Mock<IPortalRevocations>();
        failing.Setup(r => r.RevokeSessionAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("database unreachable"));
        failing.Setup(r => r.RevokeAllAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("database unreachable"));
        var settings = PortalSite.Settings(language);
        settings["Clinicians:Language"] = language; // the sign-in page, signed out, is in the clinic's language
        await using var site = PortalSite.Create(settings);
        await using var down = site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(failing.Object)));
        using var client = new PortalClient(down.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        using var _ = await client.SignInAsync();

        using var signOut = await client.SubmitAsync("/portal", action);
        var (pageStatus, page) = await client.GetAsync(signOut.Headers.Location!.OriginalString);
        var (portalStatus, __) = await client.GetAsync("/portal");

        Assert.Equal("/portal/signin?error=" + SignInEndpoints.SignOutNotRecordedError, signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Contains(notice, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, portalStatus); // the cookie was deleted all the same
    }

    private static PortalSessions Sessions(PortalOptions portal, IPortalRevocations revocations, TimeProvider clock) =>
        new(Options.Create(portal), revocations, clock, NullLogger<PortalSessions>.Instance);

    private static ClaimsPrincipal Principal(PortalSessions sessions, string user, string stamp)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user), new Claim(PortalSessions.StampClaim, stamp)], PortalAuthentication.CookieScheme);
        sessions.Issue(identity);
        return new ClaimsPrincipal(identity);
    }

    internal static string SessionCookie(HttpResponseMessage signIn) =>
        Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PuenteBot.Portal=", StringComparison.Ordinal)).Split(';')[0];

    internal static Task<HttpResponseMessage> ReplayAsync(HttpClient client, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/portal");
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
