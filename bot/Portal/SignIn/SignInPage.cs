using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.SignIn;

/// <summary>The sign-in page: the local accounts' form, the OpenID Connect button, or, with neither, why nobody can sign in.</summary>
internal static class SignInPage
{
    public static IResult Render(PortalView view, PortalOptions options, string returnUrl, string? error)
    {
        var content = new System.Text.StringBuilder();
        content.Append(error switch
        {
            "failed" => PortalHtml.Notice(view["Portal.SignIn.Failed"], "error"),
            "locked" => PortalHtml.Notice(view["Portal.SignIn.Locked"], "error"),
            _ => string.Empty,
        });
        if (options.Accounts.Count == 0 && !options.OpenIdConnect.IsConfigured)
        {
            content.Append(PortalHtml.Notice(view["Portal.SignIn.NoAccounts"], "error"));
        }

        if (options.Accounts.Count > 0)
        {
            var fields =
                $"<input type=\"hidden\" name=\"returnUrl\" value=\"{PortalHtml.Encode(returnUrl)}\">" +
                $"<label>{PortalHtml.Encode(view["Portal.SignIn.User"])}<input name=\"user\" autocomplete=\"username\" required></label>" +
                $"<label>{PortalHtml.Encode(view["Portal.SignIn.Password"])}<input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>";
            content.Append(PortalHtml.Form(view, PortalAuthentication.SignInPath, view["Portal.SignIn.Submit"], fields, "primary"));
        }

        if (options.OpenIdConnect.IsConfigured)
        {
            var label = options.OpenIdConnect.DisplayName.Length > 0
                ? view["Portal.SignIn.With", options.OpenIdConnect.DisplayName]
                : view["Portal.SignIn.External"];
            content.Append($"<p><a class=\"button\" href=\"{SignInEndpoints.OpenIdConnectPath}?returnUrl={Uri.EscapeDataString(returnUrl)}\">{PortalHtml.Encode(label)}</a></p>");
        }

        return PortalLayout.Page(view, view["Portal.SignIn.Title"], content.ToString());
    }
}
