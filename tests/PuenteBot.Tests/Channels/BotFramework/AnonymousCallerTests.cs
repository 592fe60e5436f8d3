using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Protocol;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>
/// With no <c>MicrosoftAppId</c>, <c>/api/messages</c> lets in callers on this machine only, unless
/// <c>BotFramework:AllowAnonymous</c> opens it (with a start-up warning); even then a caller from another machine
/// cannot point the bot's replies at a loopback service URL.
/// </summary>
public sealed class AnonymousCallerTests
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");
    private const string RemoteServiceUrl = "https://webchat.example.org/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_caller_on_another_machine_is_refused_403_with_a_clear_problem_and_no_turn_runs()
    {
        await using var host = Host(Remote);

        var response = await host.PostAsync(BotFrameworkHost.Message("I want to kill myself", RemoteServiceUrl, deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("BotFramework:AllowAnonymous", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Lines, line => line.Contains("[18002]", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("[1000]", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("[18001]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task A_caller_on_this_machine_gets_its_replies(string address)
    {
        await using var host = Host(IPAddress.Parse(address));

        var replies = await host.ExpectRepliesAsync(BotFrameworkHost.Message("hola", "http://localhost:9000/", deliveryMode: "expectReplies"));

        Assert.Contains(replies, reply => reply.Text?.StartsWith("Hola", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    [InlineData("X-Original-For", "203.0.113.7:5000")]
    public async Task A_call_forwarded_by_a_proxy_on_this_machine_is_not_taken_for_a_local_one(string header, string value)
    {
        await using var host = Host(IPAddress.Loopback);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(BotFrameworkHost.Message("hola", "http://localhost:9000/", deliveryMode: "expectReplies"), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AllowAnonymous_lets_a_caller_on_another_machine_in_and_warns_once_at_start_up()
    {
        await using var host = Host(Remote, allowAnonymous: true);

        var replies = await host.ExpectRepliesAsync(BotFrameworkHost.Message("hola", RemoteServiceUrl, deliveryMode: "expectReplies"));

        Assert.Contains(replies, reply => reply.Text?.StartsWith("Hola", StringComparison.Ordinal) == true);
        var warning = Assert.Single(host.Logs.Lines, line => line.Contains("[18001]", StringComparison.Ordinal));
        Assert.StartsWith("Warning ", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_AllowAnonymous_a_caller_on_another_machine_cannot_send_the_replies_to_a_loopback_service_url()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = Host(Remote, allowAnonymous: true);

        var response = await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(channel.Calls);
        Assert.Contains(host.Logs.Lines, line => line.Contains("[18003]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_caller_on_this_machine_still_gets_replies_at_its_loopback_service_url()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = Host(IPAddress.Loopback, allowAnonymous: true);

        var response = await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(channel.Calls, call => call.Activity.Type == ActivityTypes.Message);
    }

    private static BotFrameworkHost Host(IPAddress caller, bool allowAnonymous = false) => new(
        new() { ["BotFramework:AllowAnonymous"] = allowAnonymous ? "true" : "false" },
        services: services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(caller)));
}
