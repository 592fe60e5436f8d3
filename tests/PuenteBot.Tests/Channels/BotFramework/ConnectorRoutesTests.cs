using PuenteBot.Channels.BotFramework;

namespace PuenteBot.Tests.Channels.BotFramework;

public class ConnectorRoutesTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "a:1x;messageid=2", "9", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1x%3Bmessageid%3D2/activities/9")]
    [InlineData("https://smba.trafficmanager.net/amer", "c1", null, "https://smba.trafficmanager.net/amer/v3/conversations/c1/activities")]
    [InlineData("https://directline.botframework.com/", "8a3k", "8a3k|0000004", "https://directline.botframework.com/v3/conversations/8a3k/activities/8a3k%7C0000004")]
    public void Routes_keep_the_service_urls_path_and_escape_ids(string serviceUrl, string conversationId, string? replyToId, string expected) =>
        Assert.Equal(expected, ConnectorRoutes.Activities(new Uri(serviceUrl), conversationId, replyToId).AbsoluteUri);
}
