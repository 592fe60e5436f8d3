using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Channels.BotFramework;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Channels.BotFramework;

public class ReplyShaperTests
{
    [Fact]
    public async Task Registered_shapers_run_in_order_on_the_replies_before_they_are_returned()
    {
        await using var host = new BotFrameworkHost(services: services =>
        {
            services.AddSingleton<IReplyShaper>(new LastOnly());
            services.AddSingleton<IReplyShaper>(new TagWithChannel());
        });

        var replies = await host.ExpectRepliesAsync(BotFrameworkHost.Message("hola", "http://localhost:9/", deliveryMode: "expectReplies"));

        var reply = Assert.Single(replies);
        Assert.Equal("shaped for emulator", reply.Summary);
        Assert.NotNull(reply.SuggestedActions);
    }

    private sealed class LastOnly : IReplyShaper
    {
        public IReadOnlyList<Activity> Shape(Activity inbound, IReadOnlyList<Activity> replies) => [replies[^1]];
    }

    private sealed class TagWithChannel : IReplyShaper
    {
        public IReadOnlyList<Activity> Shape(Activity inbound, IReadOnlyList<Activity> replies)
        {
            foreach (var reply in replies)
            {
                reply.Summary = "shaped for " + inbound.ChannelId;
            }

            return replies;
        }
    }
}
