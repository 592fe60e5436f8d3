namespace PuenteBot.Portal;

/// <summary>
/// Headers on every portal response: a Content-Security-Policy with no inline script and no framing, no MIME
/// sniffing, no referrer, and no caching (the pages hold what families wrote).
/// </summary>
public sealed class PortalSecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/portal"))
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        }

        return next(http);
    }
}
