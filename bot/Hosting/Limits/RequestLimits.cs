using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.DirectLine;

namespace PuenteBot.Hosting.Limits;

/// <summary>
/// The abuse limits (<see cref="LimitsOptions"/>) on every open route: ASP.NET Core's rate limiter with a fixed
/// one-minute window per route and client (or Direct Line conversation), which answers 429 with <c>Retry-After</c>
/// before anything of the request is read — so a refused request never becomes a message, and one already accepted is
/// never touched — then the route's body cap: 413 at once for a <c>Content-Length</c> over it, and for a body sent
/// without one as soon as reading passes it.
/// </summary>
public static class RequestLimits
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.Use(CapBodyAsync);
        return app;
    }

    /// <summary>The route's counter, or no limit for what the limits do not cover.</summary>
    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
        if ((LimitedRoute.Of(http, limits) ?? LimitedRoute.Api(http, limits)) is not { PerMinute: > 0 } route)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.GetFixedWindowLimiter($"{route.Name}|{route.Key}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = route.PerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var limits = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
        var route = LimitedRoute.Of(http, limits) ?? LimitedRoute.Api(http, limits);
        LimitsLog.RateLimited(Logger(http), route?.Name ?? "unknown", route?.PerMinute ?? 0);
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        await RefuseAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests; try again later.", retryAfter);
    }

    /// <summary>413 for a body over the route's cap; a body without a length is read through <see cref="CappedRequestBody"/>.</summary>
    private static async Task CapBodyAsync(HttpContext http, RequestDelegate next)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
        if (LimitedRoute.Of(http, limits) is not { MaxBodyBytes: { } cap } route)
        {
            await next(http);
            return;
        }

        if (http.Request.ContentLength > cap)
        {
            LimitsLog.TooLarge(Logger(http), route.Name, cap);
            await RefuseAsync(http, StatusCodes.Status413PayloadTooLarge, "The request is too large.", null);
            return;
        }

        if (http.Request.ContentLength is null)
        {
            http.Request.Body = new CappedRequestBody(http.Request.Body, cap);
        }

        try
        {
            await next(http);
        }
        catch (RequestBodyTooLargeException) when (!http.Response.HasStarted)
        {
            LimitsLog.TooLarge(Logger(http), route.Name, cap);
            http.Response.Clear();
            await RefuseAsync(http, StatusCodes.Status413PayloadTooLarge, "The request is too large.", null);
        }
    }

    /// <summary>A refusal in the route's own error shape: Direct Line's error body there, a problem elsewhere.</summary>
    internal static Task RefuseAsync(HttpContext http, int status, string message, TimeSpan? retryAfter)
    {
        if (retryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var result = http.Request.Path.StartsWithSegments(DirectLineChannel.Prefix)
            ? DirectLineChannel.Error(status, status == StatusCodes.Status413PayloadTooLarge ? "MessageSizeTooBig" : "TooManyRequests", message)
            : (IResult)TypedResults.Problem(title: message, statusCode: status);
        return result.ExecuteAsync(http);
    }

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLimits).FullName!);
}
