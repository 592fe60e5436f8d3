using PuenteBot.Protocol;

namespace PuenteBot.Tests.Channels.BotFramework;

public class ExpectRepliesTests
{
    [Fact]
    public async Task Hola_with_expectReplies_answers_the_Spanish_greeting_and_menu_in_the_body()
    {
        await using var host = new BotFrameworkHost();

        var replies = await host.ExpectRepliesAsync(BotFrameworkHost.Message("hola", "http://localhost:9000/", deliveryMode: "expectReplies"));

        Assert.Contains(replies, reply => reply.Text?.StartsWith("Hola", StringComparison.Ordinal) == true);
        var menu = Assert.Single(replies, reply => reply.SuggestedActions?.Actions is { Count: > 0 });
        Assert.All(replies, reply =>
        {
            Assert.Equal("conv-1", reply.Conversation?.Id);
            Assert.Equal("act-1", reply.ReplyToId);
            Assert.Equal("user-1", reply.Recipient?.Id);
            Assert.Equal("bot-1", reply.From?.Id);
        });
        Assert.Equal(ActionTypes.ImBack, menu.SuggestedActions!.Actions![0].Type);
    }

    [Fact]
    public async Task Replies_to_Azures_sms_channel_are_text_messages_with_numbered_options()
    {
        await using var host = new BotFrameworkHost();

        var replies = await host.ExpectRepliesAsync(BotFrameworkHost.Message("hola", "https://sms.botframework.com/", channelId: "sms", deliveryMode: "expectReplies"));

        Assert.All(replies, reply =>
        {
            Assert.Null(reply.SuggestedActions);
            Assert.Equal("sms", reply.ChannelId);
        });
        var texts = string.Join("\n", replies.Select(reply => reply.Text));
        Assert.StartsWith($"1/{replies.Count} Hola", texts, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^1\W", texts);
    }
}
