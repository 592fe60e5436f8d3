namespace PuenteBot.Portal;

/// <summary>
/// Headers on every portal response: a Content-Security-Policy with no inline script and no framing, no MIME
/// sniffing, no referrer, and no caching (the pages hold what families wrote). The public pages families open from
/// a link (<c>/handouts</c>, <c>/safety</c>) get the same protections with <see cref="PublicPagePolicy"/>: no script
/// at all, their own inline styles, framing only by the bot's web chat.
/// </summary>
public sealed class PortalSecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Handouts and the safety page: static text with inline styles, no script, no forms.</summary>
    public const string PublicPagePolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path;
        if (path.StartsWithSegments("/portal"))
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.CacheControl = "no-store";
                Common(headers);
                return Task.CompletedTask;
            });
        }
        else if (path.StartsWithSegments("/handouts") || path.StartsWithSegments("/safety"))
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = PublicPagePolicy;
                headers.XFrameOptions = "SAMEORIGIN";
                Common(headers);
                return Task.CompletedTask;
            });
        }

        return next(http);
    }

    private static void Common(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
