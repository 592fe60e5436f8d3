using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>A stranger hammering a clinician's user name from their own address cannot keep the clinician out (the test host gives each client its own remote address).</summary>
public class PortalLockoutTests
{
    private const string AddressHeader = "X-Test-Remote-Address";

    [Fact]
    public async Task Wrong_passwords_from_a_strangers_address_do_not_lock_the_clinician_out_at_theirs()
    {
        var settings = PortalSite.Settings();
        settings["Limits:SignInsPerMinute"] = "0"; // the address rate limit (429) is RequestLimitsTests'; this is the lockout's
        await using var factory = PortalSite.Create(settings);
        await using var site = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>()));
        using var stranger = Client(site, "203.0.113.7");
        using var clinician = Client(site, "198.51.100.20");

        for (var i = 0; i < 20; i++)
        {
            using var _ = await stranger.SignInAsync(password: "guess " + i);
        }

        using var strangersRight = await stranger.SignInAsync();
        using var clinicians = await clinician.SignInAsync();
        var (status, page) = await clinician.GetAsync("/portal");

        Assert.StartsWith("/portal/signin?error=locked", strangersRight.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/portal", clinicians.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Signed in as Ana Ruiz", page, StringComparison.Ordinal);
    }

    private static PortalClient Client(WebApplicationFactory<Program> site, string address)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return new PortalClient(client);
    }

    /// <summary>Sets the connection's remote address from <see cref="AddressHeader"/>, as a real client's would be.</summary>
    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, inner) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[AddressHeader], out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }

                return inner(http);
            });
            next(app);
        };
    }
}
