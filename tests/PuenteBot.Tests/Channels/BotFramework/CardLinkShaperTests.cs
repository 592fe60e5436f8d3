using System.Text.Json;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.BotFramework;
using PuenteBot.Channels.Sms;
using PuenteBot.Content.Handouts;
using PuenteBot.Dialogs.Handouts;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Channels.BotFramework;

public class CardLinkShaperTests
{
    private static readonly Handout Rides = HandoutLibrary.Embedded.Find("es", "getting-to-visits")!;

    [Fact]
    public void A_handout_card_sent_through_azure_links_to_the_public_address()
    {
        var card = Shape("msteams", "https://bot.example.org/");

        Assert.Equal("https://bot.example.org/handouts/es/getting-to-visits", card.Buttons![0].Value!.Value.GetString());
        Assert.Equal("https://bot.example.org/handouts/es/getting-to-visits", card.Tap!.Value!.Value.GetString());
        Assert.Equal(Rides.Title, card.Title);
    }

    [Theory]
    [InlineData("msteams", "")]
    [InlineData("sms", "https://bot.example.org")]
    public void Without_a_public_address_or_on_sms_the_link_is_left_as_it_is(string channel, string publicBaseUrl)
    {
        var card = Shape(channel, publicBaseUrl);

        Assert.Equal("/handouts/es/getting-to-visits", card.Buttons![0].Value!.Value.GetString());
    }

    private static HeroCard Shape(string channel, string publicBaseUrl)
    {
        var shaper = new CardLinkShaper(Options.Create(new SmsOptions { PublicBaseUrl = publicBaseUrl }));
        var reply = Activity.Message(null);
        reply.Attachments = [HandoutReplies.Card(Rides, "Leer la hoja")];
        var inbound = Activity.Message("4");
        inbound.ChannelId = channel;

        var shaped = Assert.Single(shaper.Shape(inbound, [reply]));

        return shaped.Attachments![0].Content!.Value.Deserialize(ProtocolJsonContext.Default.HeroCard)!;
    }
}
