using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PuenteBot.Portal.Pages;

/// <summary>
/// Renders a portal page or fragment from its Razor component (<see cref="RazorComponentResult{TComponent}"/>): the
/// framework encodes every value, so what a family typed never becomes markup. Static server rendering only.
/// </summary>
internal static class PortalPages
{
    /// <summary>The component <typeparamref name="TComponent"/> with <paramref name="parameters"/> (an anonymous object or a dictionary of its parameters).</summary>
    public static RazorComponentResult<TComponent> Render<TComponent>(object parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        new(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8", PreventStreamingRendering = true };
}
