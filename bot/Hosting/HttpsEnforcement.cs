namespace PuenteBot.Hosting;

/// <summary>
/// HSTS and redirection to HTTPS when the bot's public address (<c>Hosting:PublicBaseUrl</c>) is https: a deployment
/// that says it is reached over TLS never answers a page over plain HTTP. Behind a TLS-terminating proxy, the original
/// scheme must reach ASP.NET Core (forwarded headers, see docs/portal.md, Security), or every request looks like HTTP.
/// </summary>
public static class HttpsEnforcement
{
    public static WebApplication UseHttpsWhenPublic(this WebApplication app)
    {
        var publicBaseUrl = app.Configuration[$"{HostingOptions.Section}:{nameof(HostingOptions.PublicBaseUrl)}"];
        if (Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}
