using System.Net;
using System.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PuenteBot.Tests.Channels.BotFramework;

namespace PuenteBot.Tests.Portal;

/// <summary>With an OpenID Connect provider configured, the sign-in page offers it and its button sends the clinician there (code flow with PKCE).</summary>
public class PortalOpenIdConnectTests
{
    [Fact]
    public async Task The_challenge_redirects_to_the_authority()
    {
        await using var authority = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
            app.MapGet("/.well-known/openid-configuration", Metadata);
        });
        var settings = PortalSite.Settings();
        settings["Portal:OpenIdConnect:Authority"] = authority.BaseUrl.TrimEnd('/');
        settings["Portal:OpenIdConnect:ClientId"] = "puentebot-portal";
        settings["Portal:OpenIdConnect:RequireHttpsMetadata"] = "false";
        settings["Portal:OpenIdConnect:DisplayName"] = "Clinic ID";
        await using var site = PortalSite.Create(settings);
        using var client = PortalSite.Client(site);

        var (_, page) = await client.GetAsync("/portal/signin");
        using var challenge = await client.Http.GetAsync("/portal/signin/oidc?returnUrl=/portal", TestContext.Current.CancellationToken);

        Assert.Contains("Sign in with Clinic ID", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.StartsWith(authority.BaseUrl + "authorize", location.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("puentebot-portal", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.EndsWith("/portal/signin-oidc", query["redirect_uri"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_provider_there_is_no_challenge()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);

        using var challenge = await client.Http.GetAsync("/portal/signin/oidc", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, challenge.StatusCode);
    }

    private static IResult Metadata(HttpRequest request)
    {
        var issuer = $"{request.Scheme}://{request.Host}";
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = issuer + "/authorize",
            ["token_endpoint"] = issuer + "/token",
            ["jwks_uri"] = issuer + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        });
    }
}
