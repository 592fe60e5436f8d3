using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Channels.BotFramework;
using PuenteBot.Protocol;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>Without <c>expectReplies</c>, replies go to the channel's connector on 127.0.0.1 (no app id: no token).</summary>
public sealed class ReplyDeliveryTests : IAsyncLifetime
{
    private FakeChannel channel = null!;
    private BotFrameworkHost host = null!;

    public async ValueTask InitializeAsync()
    {
        channel = await FakeChannel.StartAsync();
        host = new BotFrameworkHost();
    }

    [Fact]
    public async Task Replies_are_posted_to_the_reply_route_with_escaped_ids_and_no_token()
    {
        var response = await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl, conversationId: "abc|livechat"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(channel.Calls);
        Assert.All(channel.Calls, call =>
        {
            Assert.Equal("/v3/conversations/abc%7Clivechat/activities/act-1", call.RawPath);
            Assert.Null(call.Authorization);
            Assert.Equal("act-1", call.Activity.ReplyToId);
            Assert.Equal("user-1", call.Activity.Recipient?.Id);
        });
        Assert.Contains(channel.Calls, call => call.Activity.Text?.StartsWith("Hola", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_connector_answering_503_then_429_is_retried_until_it_accepts()
    {
        channel.FailNext(503, 429);

        var response = await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = channel.Calls.ToList();
        Assert.Equal([503, 429, 200], calls.Take(3).Select(call => call.Status));
        Assert.Equal(calls[0].Activity.Text, calls[2].Activity.Text);
        Assert.All(calls.Skip(2), call => Assert.Equal(200, call.Status));
    }

    [Fact]
    public async Task A_connector_that_keeps_failing_is_given_up_after_the_retries_and_logged()
    {
        channel.FailNext(500, 500, 500, 500);

        var response = await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([500, 500, 500, 500], channel.Calls.Select(call => call.Status));
        Assert.Contains(host.Logs.Lines, line => line.Contains("[4102]", StringComparison.Ordinal) && line.Contains("500", StringComparison.Ordinal) && line.Contains("conv-1", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("hola", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_service_url_outside_the_allow_list_gets_no_call_and_is_logged_by_host()
    {
        var response = await host.PostAsync(BotFrameworkHost.Message("hola", "https://attacker.invalid/path?q=secret"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(channel.Calls);
        var line = Assert.Single(host.Logs.Lines, line => line.Contains("[4101]", StringComparison.Ordinal));
        Assert.Contains("attacker.invalid", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_welcome_after_a_webchat_conversationUpdate_is_sent_to_the_conversation_not_as_a_reply()
    {
        var update = $$"""
            {"type":"conversationUpdate","id":"upd-1","channelId":"webchat","serviceUrl":"{{channel.ServiceUrl}}",
             "from":{"id":"user-1"},"recipient":{"id":"bot-1"},"conversation":{"id":"conv-2"},
             "membersAdded":[{"id":"user-1"}]}
            """;

        var response = await host.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(channel.Calls);
        Assert.All(channel.Calls, call => Assert.Equal("/v3/conversations/conv-2/activities", call.RawPath));
    }

    [Fact]
    public async Task A_proactive_message_continues_a_stored_conversation()
    {
        var connector = host.Services.GetRequiredService<ConnectorClient>();
        var inbound = TestActivities.Message("conv 3", "hola", channelId: "webchat", locale: "es");
        inbound.ServiceUrl = channel.ServiceUrl;
        var reference = ConversationReferences.From(inbound);

        var sent = await connector.SendAsync(reference, Activity.Message("Recordatorio"), TestContext.Current.CancellationToken);

        var call = Assert.Single(channel.Calls);
        Assert.Equal("reply-1", sent?.Id);
        Assert.Equal("/v3/conversations/conv%203/activities", call.RawPath);
        Assert.Equal(("bot-1", "user-1", "es", "webchat", "Recordatorio"), (call.Activity.From?.Id, call.Activity.Recipient?.Id, call.Activity.Locale, call.Activity.ChannelId, call.Activity.Text));
        Assert.Null(call.Activity.ReplyToId);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await channel.DisposeAsync();
    }
}
