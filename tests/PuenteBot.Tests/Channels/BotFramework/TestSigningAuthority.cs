using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>
/// Stands in for login.botframework.com: serves OpenID metadata and a JWKS whose key carries Bot Framework
/// <c>endorsements</c>, on 127.0.0.1, and mints tokens signed with that key (or with one it never published).
/// </summary>
public sealed class TestSigningAuthority : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private readonly RSA unpublished = RSA.Create(2048);
    private RSA published = RSA.Create(2048);
    private string keyId = "test-key-1";
    private int keyFetches;
    private LoopbackServer? server;

    /// <summary>How many times the JWKS was fetched.</summary>
    public int KeyFetches => keyFetches;

    public string MetadataUrl => server!.BaseUrl + "v1/.well-known/openidconfiguration";

    public static async Task<TestSigningAuthority> StartAsync(params string[] endorsedChannels)
    {
        var authority = new TestSigningAuthority();
        authority.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => Results.Text(
                $$"""{"issuer":"{{Issuer}}","jwks_uri":"{{authority.server!.BaseUrl}}v1/.well-known/keys","id_token_signing_alg_values_supported":["RS256"]}""",
                "application/json"));
            app.MapGet("/v1/.well-known/keys", () =>
            {
                Interlocked.Increment(ref authority.keyFetches);
                return Results.Text(authority.Jwks(endorsedChannels), "application/json");
            });
        });
        return authority;
    }

    /// <summary>A token as a channel would send it; each argument can be changed to make it invalid.</summary>
    public string Token(
        string audience,
        string serviceUrl,
        string issuer = Issuer,
        DateTime? expires = null,
        bool signedWithPublishedKey = true,
        IReadOnlyDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var notBefore = expires is { } end && end < now ? end.AddMinutes(-10) : now.AddMinutes(-1);
        var key = new RsaSecurityKey(signedWithPublishedKey ? published : unpublished) { KeyId = keyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? now.AddMinutes(30),
            Claims = new Dictionary<string, object>(claims ?? new Dictionary<string, object>()) { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The same claims with no signature at all (<c>alg: none</c>).</summary>
    public static string Unsigned(string audience, string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = audience,
        Expires = DateTime.UtcNow.AddMinutes(30),
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
    });

    /// <summary>Replaces the published key by a new one with a new key id, as a key roll-over does.</summary>
    public void Rotate()
    {
        var old = published;
        published = RSA.Create(2048);
        keyId = "test-key-2";
        old.Dispose();
    }

    private string Jwks(string[] endorsedChannels)
    {
        var parameters = published.ExportParameters(includePrivateParameters: false);
        var endorsements = string.Join(',', endorsedChannels.Select(channel => $"\"{channel}\""));
        return $$"""{"keys":[{"kty":"RSA","use":"sig","kid":"{{keyId}}","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}","endorsements":[{{endorsements}}]}]}""";
    }

    public async ValueTask DisposeAsync()
    {
        published.Dispose();
        unpublished.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
