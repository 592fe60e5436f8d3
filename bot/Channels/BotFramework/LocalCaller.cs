using System.Net;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// Whether a request comes from this machine: a loopback remote address, or none at all (a Unix socket, the
/// in-process test server). A request that names a forwarded client (<c>Forwarded</c>, <c>X-Forwarded-For</c>, or
/// <c>X-Original-For</c> left by the forwarded-headers middleware) came through a proxy and is never local, so a
/// TLS proxy on the same machine does not make every caller look like the Emulator.
/// </summary>
public static class LocalCaller
{
    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Original-For"];

    public static bool Is(HttpContext http)
    {
        if (ForwardingHeaders.Any(http.Request.Headers.ContainsKey))
        {
            return false;
        }

        return http.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);
    }
}
