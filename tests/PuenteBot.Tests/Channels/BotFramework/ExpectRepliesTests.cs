using System.Net;
using System.Text.Json;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Channels.BotFramework;

public class ExpectRepliesTests
{
    [Fact]
    public async Task Hola_with_expectReplies_answers_the_Spanish_greeting_and_menu_in_the_body()
    {
        await using var host = new BotFrameworkHost();

        var response = await host.PostAsync(BotFrameworkHost.Message("hola", "http://localhost:9000/", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), ProtocolJsonContext.Default.ExpectedReplies)!;
        Assert.NotEmpty(body.Activities);
        Assert.Contains(body.Activities, reply => reply.Text?.StartsWith("Hola", StringComparison.Ordinal) == true);
        var menu = Assert.Single(body.Activities, reply => reply.SuggestedActions?.Actions is { Count: > 0 });
        Assert.All(body.Activities, reply =>
        {
            Assert.Equal("conv-1", reply.Conversation?.Id);
            Assert.Equal("act-1", reply.ReplyToId);
            Assert.Equal("user-1", reply.Recipient?.Id);
            Assert.Equal("bot-1", reply.From?.Id);
        });
        Assert.Equal(ActionTypes.ImBack, menu.SuggestedActions!.Actions![0].Type);
    }
}
