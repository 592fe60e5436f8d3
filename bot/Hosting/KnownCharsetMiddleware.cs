using System.Text;
using Microsoft.Net.Http.Headers;

namespace PuenteBot.Hosting;

/// <summary>
/// Answers 415 to a request whose <c>Content-Type</c> names a charset .NET does not know
/// (<c>application/json; charset=nonsense</c>). Without it the JSON body binding of the minimal-API endpoints
/// throws, and the caller gets a 500 for bad input instead of a clear 4xx.
/// </summary>
public static class KnownCharsetMiddleware
{
    public static IApplicationBuilder UseKnownCharsets(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.Charset is { Length: > 0 } charset && !IsKnown(charset.Value!.Trim('"')))
        {
            await TypedResults.Problem(title: "The request's charset is not supported.", statusCode: StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(http);
            return;
        }

        await next(http);
    });

    private static bool IsKnown(string charset)
    {
        try
        {
            _ = Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
