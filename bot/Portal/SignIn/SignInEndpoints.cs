using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PuenteBot.Audit;
using PuenteBot.Portal.Components;
using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.SignIn;

/// <summary>
/// Signing in and out: <c>GET/POST /portal/signin</c> (local accounts, with per-address throttling: see <see cref="SignInThrottle"/>),
/// <c>GET /portal/signin/oidc</c> (OpenID Connect challenge), <c>GET /portal/signin/complete</c> (back from the
/// provider), <c>POST /portal/signout</c> (ends this session on the server too) and <c>POST /portal/signout/everywhere</c>
/// (ends every session of the signed-in clinician).
/// </summary>
public static class SignInEndpoints
{
    public const string OpenIdConnectPath = "/portal/signin/oidc";
    public const string SignOutEverywherePath = "/signout/everywhere";

    /// <summary>The sign-in page's <c>error</c> after a sign-out the database could not record.</summary>
    public const string SignOutNotRecordedError = "signout";
    private const string CompletePath = "/portal/signin/complete";

    public static RouteGroupBuilder MapSignIn(this RouteGroupBuilder portal)
    {
        portal.MapGet("/signin", (HttpContext http, string? returnUrl, string? error, IOptions<PortalOptions> options) =>
            PortalPages.Render<SignInPage>(new { View = PortalView.For(http), Options = options.Value, ReturnUrl = ReturnUrls.Safe(returnUrl), Error = error })).AllowAnonymous();
        portal.MapPost("/signin", SignInAsync).AllowAnonymous();
        portal.MapGet("/signin/oidc", Challenge).AllowAnonymous();
        portal.MapGet("/signin/complete", (HttpContext http, string? returnUrl) =>
            PortalPages.Render<ContinuePage>(new { View = PortalView.For(http), Target = ReturnUrls.Safe(returnUrl) })).AllowAnonymous();
        portal.MapPost("/signout", (HttpContext http, PortalSessions sessions, IAuditLog audit, TimeProvider clock) => SignOutAsync(http, sessions, audit, clock, everywhere: false))
            .RequireAuthorization(PortalAuthentication.Policy);
        portal.MapPost(SignOutEverywherePath, (HttpContext http, PortalSessions sessions, IAuditLog audit, TimeProvider clock) => SignOutAsync(http, sessions, audit, clock, everywhere: true))
            .RequireAuthorization(PortalAuthentication.Policy);
        return portal;
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, PortalSessions sessions, IAuditLog audit, TimeProvider clock, bool everywhere)
    {
        var user = PortalClinician.From(http.User, "en").User;
        var recorded = true;
        try
        {
            await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), user, everywhere ? AuditActions.SignOutEverywhere : AuditActions.SignOut), http.RequestAborted);
            if (everywhere)
            {
                await sessions.RevokeAllAsync(user, http.RequestAborted);
            }
            else if (http.User.FindFirstValue(PortalSessions.SessionClaim) is { } session)
            {
                await sessions.RevokeAsync(session, http.RequestAborted);
            }
        }
        catch (Exception exception) when (!http.RequestAborted.IsCancellationRequested)
        {
            // The database is down: this browser is still signed out, and told the server could not end the session.
            PortalLog.SignOutNotRecorded(PortalLog.For(http), everywhere, exception.GetType().Name);
            recorded = false;
        }

        await http.SignOutAsync(PortalAuthentication.CookieScheme);
        return Results.Redirect(recorded ? PortalAuthentication.SignInPath : $"{PortalAuthentication.SignInPath}?error={SignOutNotRecordedError}");
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http,
        [FromForm] string? user,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        IOptions<PortalOptions> options,
        SignInThrottle throttle,
        IAuditLog audit,
        TimeProvider clock)
    {
        var name = (user ?? string.Empty).Trim();
        var target = ReturnUrls.Safe(returnUrl);
        var account = options.Value.Accounts.FirstOrDefault(a => string.Equals(a.User, name, StringComparison.OrdinalIgnoreCase));

        // Only a configured account's name is recorded: what someone typed may be a password.
        var actor = account?.User ?? "unknown";
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.IsLocked(client, name))
        {
            PortalLog.SignInRefused(PortalLog.For(http), "locked");
            await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), actor, AuditActions.SignInFailed, Detail: "locked"), http.RequestAborted);
            return Back("locked", target);
        }

        if (!PortalPasswords.Verify(account, password ?? string.Empty))
        {
            throttle.Failed(client, name);
            PortalLog.SignInRefused(PortalLog.For(http), "wrong user name or password");
            await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), actor, AuditActions.SignInFailed, Detail: "failed"), http.RequestAborted);
            return Back("failed", target);
        }

        throttle.Succeeded(client, name);
        await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), account!.User, AuditActions.SignIn, Detail: "password"), http.RequestAborted);
        var clinician = new PortalClinician(account!.User, account.Name.Length > 0 ? account.Name : account.User, account.Language);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [.. clinician.ToClaims(), new Claim(PortalSessions.StampClaim, PortalSessions.Stamp(account.PasswordHash))], PortalAuthentication.CookieScheme));
        await http.SignInAsync(PortalAuthentication.CookieScheme, principal);
        return Results.Redirect(target);
    }

    private static IResult Challenge(string? returnUrl, IOptions<PortalOptions> options) =>
        options.Value.OpenIdConnect.IsConfigured
            ? Results.Challenge(
                new AuthenticationProperties { RedirectUri = $"{CompletePath}?returnUrl={Uri.EscapeDataString(ReturnUrls.Safe(returnUrl))}" },
                [PortalAuthentication.OpenIdConnectScheme])
            : Results.NotFound();

    private static IResult Back(string error, string returnUrl) =>
        Results.Redirect($"{PortalAuthentication.SignInPath}?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");
}
