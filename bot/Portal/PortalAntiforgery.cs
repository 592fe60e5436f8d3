using Microsoft.AspNetCore.Antiforgery;

namespace PuenteBot.Portal;

/// <summary>
/// Every portal POST needs its form's anti-forgery token: the antiforgery middleware checks it (the endpoints carry
/// <see cref="RequireAntiforgeryTokenAttribute"/>) and this filter answers 400 when it is missing or wrong, also for
/// forms that bind no field.
/// </summary>
public sealed class PortalAntiforgery : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) && http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            return TypedResults.Problem(title: "The form's anti-forgery token is missing or not valid.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
