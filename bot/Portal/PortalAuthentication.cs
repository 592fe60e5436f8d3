using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using PuenteBot.Portal.SignIn;

namespace PuenteBot.Portal;

/// <summary>
/// The portal's sign-in: its own cookie scheme (HttpOnly, SameSite=Strict, Secure over HTTPS) and, when configured,
/// OpenID Connect (authorization code with PKCE) that signs in to that cookie. Named schemes and a named policy, so
/// the rest of the bot (Bot Framework tokens, API keys) is not affected.
/// </summary>
public static class PortalAuthentication
{
    public const string CookieScheme = "PuenteBot.Portal";
    public const string OpenIdConnectScheme = "PuenteBot.Portal.OpenIdConnect";
    public const string Policy = "PuenteBot.Portal";
    public const string SignInPath = "/portal/signin";

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var authentication = services.AddAuthentication().AddCookie(CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "PuenteBot.Portal";
            cookie.Cookie.Path = "/portal";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = SignInPath;
            cookie.ExpireTimeSpan = settings.SessionLifetime;
            cookie.SlidingExpiration = true;

            // Revocable sessions (PortalSessions): each cookie gets a session id; one signed out, or of a changed password, is refused.
            cookie.Events.OnSigningIn = context =>
            {
                if (context.Principal?.Identity is ClaimsIdentity identity)
                {
                    context.HttpContext.RequestServices.GetRequiredService<PortalSessions>().Issue(identity);
                }

                return Task.CompletedTask;
            };
            cookie.Events.OnValidatePrincipal = async context =>
            {
                if (context.Principal is not { } principal
                    || !await context.HttpContext.RequestServices.GetRequiredService<PortalSessions>().IsValidAsync(principal, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieScheme);
                }
            };
        });
        if (settings.OpenIdConnect is { IsConfigured: true } oidc)
        {
            authentication.AddOpenIdConnect(OpenIdConnectScheme, options =>
            {
                options.SignInScheme = CookieScheme;
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret.Length > 0 ? oidc.ClientSecret : null;
                options.CallbackPath = oidc.CallbackPath;
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = "name";
                options.Scope.Add("email");
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser());
        return services;
    }
}
