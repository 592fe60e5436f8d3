using Microsoft.Extensions.Options;
using PuenteBot.Channels.BotFramework;

namespace PuenteBot.Tests.Channels.BotFramework;

public class ServiceUrlAllowListTests
{
    private static readonly string[] Defaults = ["https://*.botframework.com", "https://smba.trafficmanager.net"];

    [Theory]
    [InlineData("https://directline.botframework.com/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://botframework.com.attacker.test/", false)]
    [InlineData("https://attacker-botframework.com/", false)]
    [InlineData("http://directline.botframework.com/", false)]
    [InlineData("https://trafficmanager.net/", false)]
    [InlineData("http://localhost:3979/", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void With_an_app_id_only_listed_hosts_are_allowed(string? serviceUrl, bool allowed) =>
        Assert.Equal(allowed, Create("app-id").Check(serviceUrl) is not null);

    [Theory]
    [InlineData("http://localhost:3979/")]
    [InlineData("http://127.0.0.1:9000/")]
    [InlineData("http://[::1]:9000/")]
    public void Without_an_app_id_loopback_addresses_are_also_allowed(string serviceUrl) =>
        Assert.NotNull(Create(appId: null).Check(serviceUrl));

    [Fact]
    public void An_entry_without_a_scheme_is_refused_at_start() =>
        Assert.Throws<InvalidOperationException>(() => new ServiceUrlAllowList(
            Options.Create(new BotFrameworkOptions { AllowedServiceUrls = ["directline.botframework.com"] }),
            Options.Create(new BotAppCredentials())));

    private static ServiceUrlAllowList Create(string? appId) => new(
        Options.Create(new BotFrameworkOptions { AllowedServiceUrls = Defaults }),
        Options.Create(new BotAppCredentials { MicrosoftAppId = appId }));
}
