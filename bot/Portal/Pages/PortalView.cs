using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Summaries;
using PuenteBot.Portal.SignIn;

namespace PuenteBot.Portal.Pages;

/// <summary>What every portal page needs: the clinician (when signed in), their language's words, and a fresh anti-forgery token.</summary>
public sealed class PortalView
{
    private PortalView(ClinicianText text, PortalClinician? clinician, AntiforgeryTokenSet tokens)
    {
        Text = text;
        Clinician = clinician;
        TokenName = tokens.FormFieldName;
        TokenValue = tokens.RequestToken ?? string.Empty;
    }

    public ClinicianText Text { get; }

    public PortalClinician? Clinician { get; }

    /// <summary>The anti-forgery form field's name and this request's token, for the portal's forms (<c>PortalForm</c>).</summary>
    public string TokenName { get; }

    public string TokenValue { get; }

    public string Language => Text.Language;

    public string this[string key, params object[] arguments] => Text.Get(key, arguments);

    public static PortalView For(HttpContext http)
    {
        var services = http.RequestServices;
        var defaultLanguage = services.GetRequiredService<IOptions<ClinicianOptions>>().Value.Language;
        var clinician = http.User.Identity?.IsAuthenticated == true ? PortalClinician.From(http.User, defaultLanguage) : null;
        var zone = services.GetRequiredService<IOptions<ClinicOptions>>().Value.Zone;
        var text = new ClinicianText(services.GetRequiredService<IStringLocalizer<Strings>>(), clinician?.Language ?? defaultLanguage, zone);
        return new PortalView(text, clinician, services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http));
    }
}
