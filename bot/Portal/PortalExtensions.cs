using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using PuenteBot.Portal.Audit;
using PuenteBot.Portal.Cases;
using PuenteBot.Portal.Escalations;
using PuenteBot.Portal.Families;
using PuenteBot.Portal.Handoff;
using PuenteBot.Portal.Outcomes;
using PuenteBot.Portal.Queue;
using PuenteBot.Portal.Reports;
using PuenteBot.Portal.SignIn;
using PuenteBot.State;

namespace PuenteBot.Portal;

/// <summary>The clinician portal at <c>/portal</c>: sign-in, the queue, escalation pages and live handoff.</summary>
public static class PortalExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddPortalAuthentication(configuration);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "PuenteBot.Antiforgery";
            antiforgery.Cookie.Path = "/portal";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorComponents();

        // Razor encodes markup characters only: Spanish letters (ñ, á) stay readable in the page's source.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<IPortalRevocations, PortalRevocations>();
        services.AddSingleton<PortalSessions>();
        services.AddSingleton<ConversationEditor>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<CaseHandoff>();
        services.AddSingleton<CaseFollowUps>();
        return services;
    }

    /// <summary>Security headers, authentication and anti-forgery, then the portal's endpoints (call before static files, so its CSS and script get the headers).</summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        app.UseMiddleware<PortalSecurityHeaders>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        var portal = app.MapGroup("/portal");
        var forms = portal.MapGroup(string.Empty).WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<PortalAntiforgery>();
        forms.MapSignIn();
        forms.MapGroup(string.Empty).RequireAuthorization(PortalAuthentication.Policy).MapQueue().MapEscalationPages().MapCrisisReport().MapOutcomes().MapFamilyPages().MapFamilyVisits().MapAudit();
        return app;
    }
}
