using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PuenteBot.Content.Handouts;
using PuenteBot.Portal;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>Every HTML page, the public ones families open from a link included, carries the security headers and its charset; HSTS and HTTPS redirection follow an https public address.</summary>
public class PageSecurityHeadersTests
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>
        {
            { "/portal/signin", PortalSecurityHeaders.ContentSecurityPolicy },
            { "/safety", PortalSecurityHeaders.PublicPagePolicy },
            { "/safety/es", PortalSecurityHeaders.PublicPagePolicy },
            { "/handouts/en", PortalSecurityHeaders.PublicPagePolicy },
            { "/handouts/es/no-such-handout", PortalSecurityHeaders.PublicPagePolicy },
        };
        foreach (var language in HandoutLanguages.All)
        {
            data.Add($"/handouts/{language}/{HandoutLibrary.Embedded.All(language).First().Slug}", PortalSecurityHeaders.PublicPagePolicy);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_a_content_security_policy_nosniff_no_referrer_and_utf8(string path, string policy)
    {
        await using var site = PortalSite.Create();
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(policy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task An_https_public_address_sends_hsts_over_https_and_redirects_plain_http()
    {
        var settings = PortalSite.Settings();
        settings["Hosting:PublicBaseUrl"] = "https://puentebot.clinic.example";
        settings["https_port"] = "443";
        await using var site = PortalSite.Create(settings);
        using var secure = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://puentebot.clinic.example") });
        using var plain = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://puentebot.clinic.example") });

        using var overHttps = await secure.GetAsync("/safety", TestContext.Current.CancellationToken);
        using var overHttp = await plain.GetAsync("/safety", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, overHttps.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(overHttps.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, overHttp.StatusCode);
        Assert.Equal("https://puentebot.clinic.example/safety", overHttp.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Without_an_https_public_address_plain_http_is_served_without_hsts()
    {
        var settings = PortalSite.Settings();
        settings["https_port"] = "443";
        await using var site = PortalSite.Create(settings);
        using var plain = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://puentebot.clinic.example") });

        using var response = await plain.GetAsync("/safety", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
