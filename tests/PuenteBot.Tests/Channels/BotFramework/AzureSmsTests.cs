using System.Net;
using System.Text.Json;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>Azure Bot Service's SMS channel comes through <c>/api/messages</c>; its replies are shaped for SMS.</summary>
public class AzureSmsTests
{
    [Fact]
    public async Task Replies_to_the_sms_channel_are_text_messages_with_numbered_options()
    {
        await using var host = new BotFrameworkHost();

        var response = await host.PostAsync(BotFrameworkHost.Message("hola", "https://sms.botframework.com/", channelId: "sms", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), ProtocolJsonContext.Default.ExpectedReplies)!;
        Assert.NotEmpty(body.Activities);
        Assert.All(body.Activities, reply => Assert.Null(reply.SuggestedActions));
        var texts = string.Join("\n", body.Activities.Select(reply => reply.Text));
        Assert.StartsWith($"1/{body.Activities.Count} Hola", texts, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^1\W", texts);
        Assert.All(body.Activities, reply => Assert.Equal("sms", reply.ChannelId));
    }
}
