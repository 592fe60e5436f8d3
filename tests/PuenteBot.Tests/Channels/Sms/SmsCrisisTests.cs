using PuenteBot.Content.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>Words of danger by SMS: the whole safety message in the first text, in the caregiver's language.</summary>
public class SmsCrisisTests
{
    [Theory]
    [InlineData("hola", "me quiero suicidar", "llame al 911", "marque 2", "AYUDA al 988")]
    [InlineData("hi", "I want to kill myself", "call 911", "988", "care team")]
    public async Task The_safety_message_arrives_whole_as_the_first_text(string greeting, string danger, params string[] facts)
    {
        await using var bot = new BotApplicationFactory();
        var sms = new SmsWebhookClient(bot.CreateClient(), "+15005550007");
        await sms.SendAsync(greeting);

        var reply = await sms.SendAsync(danger);

        var first = reply.Messages[0];
        Assert.All(facts, fact => Assert.Contains(fact, first, StringComparison.Ordinal));
        Assert.True(SmsSegments.Count(first).Segments <= 3, first);
        Assert.Contains(await EscalationRows.ReadAsync($"Data Source={bot.DatabasePath}"), row => row.Urgency == "urgent");
    }
}
