using System.Text.Json;
using System.Text.Json.Nodes;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Protocol;

/// <summary>Activities written from the public Activity schema survive reading and writing unchanged.</summary>
public class ActivityJsonTests
{
    public static TheoryData<string, string> Activities => new()
    {
        {
            "message with suggested actions", """
            {"type":"message","id":"5a1","timestamp":"2026-11-23T17:05:09.123Z","localTimestamp":"2026-11-23T11:05:09.123-06:00",
             "localTimezone":"America/Chicago","serviceUrl":"https://smba.example.test/amer/","channelId":"webchat",
             "from":{"id":"u1","name":"Ana","role":"user"},"conversation":{"id":"c1","isGroup":false},
             "recipient":{"id":"b1","name":"PuenteBot","role":"bot"},"textFormat":"plain","locale":"es-MX","text":"hola",
             "inputHint":"expectingInput",
             "suggestedActions":{"to":["u1"],"actions":[{"type":"imBack","title":"Sí","value":"Sí"},{"type":"imBack","title":"No","value":"No"}]},
             "channelData":{"clientActivityID":"abc123","clientTimestamp":"2026-11-23T17:05:09.000Z"},
             "entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsListening":false}]}
            """
        },
        {
            "conversationUpdate", """
            {"type":"conversationUpdate","id":"upd1","timestamp":"2026-11-23T17:00:00Z","serviceUrl":"https://dl.example.test/",
             "channelId":"directline","from":{"id":"u1"},"conversation":{"id":"c1"},"recipient":{"id":"b1","name":"PuenteBot"},
             "membersAdded":[{"id":"b1","name":"PuenteBot"},{"id":"u1","aadObjectId":"00000000-0000-0000-0000-000000000001"}]}
            """
        },
        {
            "event", """
            {"type":"event","name":"webchat/join","value":{"language":"es-US"},"from":{"id":"u1","role":"user"},
             "conversation":{"id":"c1"},"channelId":"directline","relatesTo":{"activityId":"a0","channelId":"directline","serviceUrl":"https://dl.example.test/"}}
            """
        },
        {
            "typing", """
            {"type":"typing","from":{"id":"b1","role":"bot"},"conversation":{"id":"c1","tenantId":"t1"},"channelId":"msteams",
             "channelData":{"tenant":{"id":"t1"}}}
            """
        },
        {
            "card", """
            {"type":"message","attachmentLayout":"carousel","importance":"high","deliveryMode":"expectReplies","conversation":{"id":"c1"},
             "attachments":[
               {"contentType":"application/vnd.microsoft.card.hero","content":{"title":"Getting there","text":"Rides to visits","images":[{"url":"https://example.test/i.png","alt":"bus"}],
                 "buttons":[{"type":"openUrl","title":"Read","value":"https://example.test/handouts/en/getting-there"}]}},
               {"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Urgent","weight":"Bolder"}]}}],
             "futureField":{"nested":[1,2,3]},"expiration":"2026-11-24T00:00:00Z"}
            """
        },
    };

    [Theory]
    [MemberData(nameof(Activities))]
    public void Round_trips_without_losing_or_changing_anything(string label, string json)
    {
        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;

        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), $"{label}: {written}");
    }

    [Fact]
    public void Reads_the_modeled_fields()
    {
        var activity = JsonSerializer.Deserialize(Activities.First().Data.Item2, ProtocolJsonContext.Default.Activity)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 5, 9, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(-6), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("es-MX", activity.Locale);
        Assert.Equal("abc123", activity.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal(2, activity.SuggestedActions!.Actions!.Count);
        Assert.True(activity.Entities![0].Properties!["requiresBotState"].GetBoolean());
    }

    [Fact]
    public void Writes_utc_times_with_a_z_and_omits_nulls()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","timestamp":"2026-01-02T03:04:05Z","text":"hi"}""", written);
    }

    [Fact]
    public void A_reply_goes_back_to_the_sender()
    {
        var inbound = JsonSerializer.Deserialize(Activities.First().Data.Item2, ProtocolJsonContext.Default.Activity)!;

        var reply = inbound.CreateReply("¡Hola!");

        Assert.Equal("5a1", reply.ReplyToId);
        Assert.Equal("u1", reply.Recipient!.Id);
        Assert.Equal("b1", reply.From!.Id);
        Assert.Equal("c1", reply.Conversation!.Id);
        Assert.Equal("es-MX", reply.Locale);
    }

    [Fact]
    public void A_hero_card_becomes_an_attachment_with_its_content_type()
    {
        var attachment = new HeroCard { Title = "Getting there", Buttons = [CardAction.OpenUrl("Read", "https://example.test/x")] }.ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.hero", attachment.ContentType);
        Assert.Equal("openUrl", attachment.Content!.Value.GetProperty("buttons")[0].GetProperty("type").GetString());
        Assert.Equal("https://example.test/x", attachment.Content!.Value.GetProperty("buttons")[0].GetProperty("value").GetString());
    }
}
