using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PuenteBot.Tests.Support;

/// <summary>
/// Makes every request of an in-memory test host look as if it came from <paramref name="address"/> (the test server
/// sets no remote address of its own), so tests can play a caller on another machine or on this one.
/// </summary>
public sealed class RemoteAddressStartupFilter(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext http, RequestDelegate inner) =>
        {
            http.Connection.RemoteIpAddress = address;
            return inner(http);
        });
        next(app);
    };
}
