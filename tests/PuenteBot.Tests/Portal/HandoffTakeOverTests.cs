using Microsoft.Extensions.Localization;
using PuenteBot.Channels.Sms;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Portal.Handoff;
using PuenteBot.Portal.SignIn;
using PuenteBot.Tests.Channels.Sms;

namespace PuenteBot.Tests.Portal;

/// <summary>One clinician at a time in a family's conversation: a colleague's plain reply is refused; an explicit take-over is announced to the family in their language.</summary>
public class HandoffTakeOverTests
{
    private static readonly PortalClinician Ana = new("ana", "Ana Ruiz", "en");
    private static readonly PortalClinician Luis = new("luis", "Dr. Luis Vega", "es");

    [Theory]
    [InlineData("es", "hola", "sí")]
    [InlineData("en", "hello", "yes")]
    public async Task Only_the_clinician_in_the_conversation_writes_and_a_take_over_is_announced_to_the_family(string language, string hello, string yes)
    {
        await using var bot = new FakeTwilioBot(PortalCaseTests.TwoAccounts());
        var sms = bot.Sms();
        await sms.SendAsync(hello);
        await sms.SendAsync(yes);
        var conversationId = await bot.Service<SmsIdentity>().ConversationIdAsync("+15005550006", TestContext.Current.CancellationToken);
        var handoff = bot.Service<HandoffService>();
        var strings = bot.Service<IStringLocalizer<Strings>>();
        var ct = TestContext.Current.CancellationToken;

        var joined = await handoff.JoinAsync(conversationId, Ana, ct);
        var colleagueJoin = await handoff.JoinAsync(conversationId, Luis, ct);
        var colleagueReply = await handoff.ReplyAsync(conversationId, Luis, "Soy otro doctor", ct);
        var colleagueBack = await handoff.HandBackAsync(conversationId, Luis, ct);
        var takenOver = await handoff.TakeOverAsync(conversationId, Luis, ct);
        var formerReply = await handoff.ReplyAsync(conversationId, Ana, "Still here?", ct);
        var newReply = await handoff.ReplyAsync(conversationId, Luis, "Aquí estoy", ct);
        var announced = strings.For(language, "Handoff.TakenOver", Luis.Name);
        var bodies = await BodiesAsync(bot.Api, "Aquí estoy");

        Assert.Equal(
            [HandoffResult.Delivered, HandoffResult.HeldByColleague, HandoffResult.HeldByColleague, HandoffResult.HeldByColleague, HandoffResult.Delivered, HandoffResult.HeldByColleague, HandoffResult.Delivered],
            [joined, colleagueJoin, colleagueReply, colleagueBack, takenOver, formerReply, newReply]);
        Assert.Contains(announced, bodies);
        Assert.Contains(language == "es" ? "ahora está con usted" : "is now with you", announced, StringComparison.Ordinal);
        Assert.DoesNotContain(bodies, body => body.Contains("Soy otro doctor", StringComparison.Ordinal) || body.Contains("Still here?", StringComparison.Ordinal));
        var stored = await bot.Service<PuenteBot.State.IConversationStore>().LoadAsync(conversationId, ct);
        Assert.Equal(("luis", "Dr. Luis Vega", language), (stored.Data.Handoff?.ClinicianUser, stored.Data.Handoff?.ClinicianName, stored.Data.Language));
    }

    /// <summary>The SMS bodies sent so far, once one of them contains <paramref name="last"/> (or after 10 s).</summary>
    private static async Task<List<string>> BodiesAsync(FakeTwilioApi api, string last)
    {
        for (var i = 0; i < 200 && !api.Requests.Any(r => r.Form["Body"].Contains(last, StringComparison.Ordinal)); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return [.. api.Requests.Select(r => r.Form["Body"])];
    }
}
