using System.Net;
using PuenteBot.Portal;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>Nobody sees the portal without signing in; only the right password signs in; repeated wrong ones lock the user name.</summary>
public class PortalSignInTests
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/portal" },
        { "GET", "/portal/queue" },
        { "GET", "/portal/escalations/any" },
        { "GET", "/portal/escalations/any/transcript" },
        { "POST", "/portal/escalations/any/ack" },
        { "POST", "/portal/escalations/any/join" },
        { "POST", "/portal/escalations/any/reply" },
        { "POST", "/portal/escalations/any/handback" },
        { "POST", "/portal/escalations/any/followup" },
        { "POST", "/portal/signout" },
        { "POST", "/portal/signout/everywhere" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_page_and_form_sends_a_visitor_without_the_cookie_to_sign_in(string method, string path)
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);

        using var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/portal/signin", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_password_signs_in_and_the_queue_opens()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);

        using var response = await client.SignInAsync();
        var (status, html) = await client.GetAsync("/portal");

        Assert.Equal("/portal", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PuenteBot.Portal=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Escalations waiting", html, StringComparison.Ordinal);
        Assert.Contains("Signed in as Ana Ruiz", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_user_is_refused()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);

        using var wrong = await client.SignInAsync(password: "correct horse battery!");
        using var unknown = await client.SignInAsync(user: "bea");
        var (status, _) = await client.GetAsync("/portal");

        Assert.StartsWith("/portal/signin?error=failed", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/portal/signin?error=failed", unknown.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("PuenteBot.Portal=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, status);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_user_even_against_the_right_one()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);

        for (var i = 0; i < 5; i++)
        {
            using var _ = await client.SignInAsync(password: "guess " + i);
        }

        using var right = await client.SignInAsync();
        var (_, page) = await client.GetAsync(right.Headers.Location!.OriginalString);

        Assert.StartsWith("/portal/signin?error=locked", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Too many wrong passwords", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_accounts_the_portal_says_so_and_nobody_signs_in()
    {
        await using var site = PortalSite.Create([]);
        using var client = PortalSite.Client(site);

        var (_, page) = await client.GetAsync("/portal/signin");
        using var attempt = await client.PostAsync("/portal/signin", new() { ["user"] = "admin", ["password"] = "admin" });
        var (status, _) = await client.GetAsync("/portal");

        Assert.Contains("no portal accounts are set up", page, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"password\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, attempt.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, status);
    }

    [Fact]
    public async Task Portal_responses_carry_the_security_headers()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);

        using var response = await client.Http.GetAsync("/portal/signin", TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal(PortalSecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_address_outside_the_portal_is_ignored()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);

        using var response = await client.SubmitAsync("/portal/signin", "/portal/signin", new()
        {
            ["user"] = PortalClient.User,
            ["password"] = PortalClient.Password,
            ["returnUrl"] = "//evil.example/portal",
        });

        Assert.Equal("/portal", response.Headers.Location!.OriginalString);
    }
}
