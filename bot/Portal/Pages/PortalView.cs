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
internal sealed class PortalView
{
    private PortalView(ClinicianText text, PortalClinician? clinician, string tokenField)
    {
        Text = text;
        Clinician = clinician;
        TokenField = tokenField;
    }

    public ClinicianText Text { get; }

    public PortalClinician? Clinician { get; }

    /// <summary>The hidden input that carries the anti-forgery token.</summary>
    public string TokenField { get; }

    public string Language => Text.Language;

    public string this[string key, params object[] arguments] => Text.Get(key, arguments);

    public static PortalView For(HttpContext http)
    {
        var services = http.RequestServices;
        var defaultLanguage = services.GetRequiredService<IOptions<ClinicianOptions>>().Value.Language;
        var clinician = http.User.Identity?.IsAuthenticated == true ? PortalClinician.From(http.User, defaultLanguage) : null;
        var zone = services.GetRequiredService<IOptions<ClinicOptions>>().Value.Zone;
        var text = new ClinicianText(services.GetRequiredService<IStringLocalizer<Strings>>(), clinician?.Language ?? defaultLanguage, zone);
        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var field = $"<input type=\"hidden\" name=\"{PortalHtml.Encode(tokens.FormFieldName)}\" value=\"{PortalHtml.Encode(tokens.RequestToken)}\">";
        return new PortalView(text, clinician, field);
    }
}
