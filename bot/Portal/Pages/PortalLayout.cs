using System.Text;

namespace PuenteBot.Portal.Pages;

/// <summary>The portal's page: header with who is signed in and a sign-out button, the content, the portal's own CSS and script files.</summary>
internal static class PortalLayout
{
    public static IResult Page(PortalView view, string title, string content, int status = StatusCodes.Status200OK, string? refreshTo = null)
    {
        var html = new StringBuilder();
        html.Append($"<!doctype html><html lang=\"{PortalHtml.Encode(view.Language)}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (refreshTo is not null)
        {
            html.Append($"<meta http-equiv=\"refresh\" content=\"0;url={PortalHtml.Encode(refreshTo)}\">");
        }

        html.Append($"<title>{PortalHtml.Encode(title)} · {PortalHtml.Encode(view["Portal.Title"])}</title>");
        html.Append("<link rel=\"stylesheet\" href=\"/portal/portal.css\"><script src=\"/portal/portal.js\" defer></script></head><body>");
        html.Append($"<header><a class=\"brand\" href=\"/portal\">{PortalHtml.Encode(view["Portal.Title"])}</a>");
        if (view.Clinician is { } clinician)
        {
            html.Append($"<nav><a href=\"/portal\">{PortalHtml.Encode(view["Portal.Nav.Queue"])}</a> <a href=\"/portal/reports/crisis\">{PortalHtml.Encode(view["Portal.Nav.CrisisReport"])}</a></nav>");
            html.Append($"<span class=\"who\">{PortalHtml.Encode(view["Portal.SignedInAs", clinician.Name])}</span>");
            html.Append(PortalHtml.Form(view, "/portal/signout", view["Portal.SignOut"], buttonClass: "link"));
        }

        html.Append($"</header><main><h1>{PortalHtml.Encode(title)}</h1>{content}</main></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
