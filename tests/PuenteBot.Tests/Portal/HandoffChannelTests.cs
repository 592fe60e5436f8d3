using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Channels.Sms;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Portal.Handoff;
using PuenteBot.Portal.SignIn;
using PuenteBot.Tests.Channels.BotFramework;
using PuenteBot.Tests.Channels.Sms;

namespace PuenteBot.Tests.Portal;

/// <summary>The clinician's messages reach families on SMS (Twilio's REST API) and on Bot Framework channels (the connector, with the stored reference).</summary>
public class HandoffChannelTests
{
    private static readonly PortalClinician Ana = new("ana", "Ana Ruiz", "en");

    [Fact]
    public async Task By_sms_the_family_gets_the_notice_the_reply_and_the_numbered_menu_and_the_bot_stays_quiet()
    {
        await using var bot = new FakeTwilioBot(PortalSite.Settings());
        var sms = bot.Sms();
        await sms.SendAsync("hola");
        await sms.SendAsync("sí");
        var conversationId = await bot.Service<SmsIdentity>().ConversationIdAsync("+15005550006", TestContext.Current.CancellationToken);
        var handoff = bot.Service<HandoffService>();
        var strings = bot.Service<IStringLocalizer<Strings>>();

        var joined = await handoff.JoinAsync(conversationId, Ana, TestContext.Current.CancellationToken);
        var replied = await handoff.ReplyAsync(conversationId, Ana, "¿Le puedo llamar hoy a las 3?", TestContext.Current.CancellationToken);
        var quiet = await sms.SendAsync("sí, a las 3 está bien");
        var back = await handoff.HandBackAsync(conversationId, Ana, TestContext.Current.CancellationToken);
        var bodies = await BodiesAsync(bot.Api, "1. " + strings.For("es", "Menu.Option.barriers"));

        Assert.Equal([HandoffResult.Delivered, HandoffResult.Delivered, HandoffResult.Delivered], [joined, replied, back]);
        Assert.Empty(quiet.Messages);
        Assert.Equal(strings.For("es", "Handoff.Joined", "Ana Ruiz"), bodies[0]);
        Assert.Equal(strings.For("es", "Handoff.Message", "Ana Ruiz", "¿Le puedo llamar hoy a las 3?"), bodies[1]);
        Assert.Contains(strings.For("es", "Handoff.Ended", "Ana Ruiz"), string.Concat(bodies.Skip(2)), StringComparison.Ordinal);
        Assert.All(bot.Api.Requests, request => Assert.Equal("+15005550006", request.Form["To"]));
    }

    [Fact]
    public async Task A_clinician_joining_takes_over_a_crisis_episode()
    {
        await using var bot = new FakeTwilioBot(PortalSite.Settings());
        var sms = bot.Sms();
        await sms.SendAsync("hola");
        await sms.SendAsync("sí");
        await sms.SendAsync("me quiero suicidar");
        var conversationId = await bot.Service<SmsIdentity>().ConversationIdAsync("+15005550006", TestContext.Current.CancellationToken);
        var store = bot.Service<PuenteBot.State.IConversationStore>();
        Assert.Equal(["main", "crisis"], (await store.LoadAsync(conversationId, TestContext.Current.CancellationToken)).Data.DialogStack.Select(d => d.Id));

        Assert.Equal(HandoffResult.Delivered, await bot.Service<HandoffService>().JoinAsync(conversationId, Ana, TestContext.Current.CancellationToken));

        Assert.Equal(["main"], (await store.LoadAsync(conversationId, TestContext.Current.CancellationToken)).Data.DialogStack.Select(d => d.Id));
    }

    [Fact]
    public async Task On_a_bot_framework_channel_the_messages_go_through_the_connector_to_the_stored_conversation()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = new BotFrameworkHost(PortalSite.Settings());
        (await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl, "teams-1", "msteams"))).Dispose();
        var before = channel.Calls.Count;
        var handoff = host.Services.GetRequiredService<HandoffService>();

        var joined = await handoff.JoinAsync("teams-1", Ana, TestContext.Current.CancellationToken);
        var replied = await handoff.ReplyAsync("teams-1", Ana, "Hola, aquí estoy.", TestContext.Current.CancellationToken);
        var sent = channel.Calls.Skip(before).ToList();

        Assert.Equal([HandoffResult.Delivered, HandoffResult.Delivered], [joined, replied]);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, call => Assert.Equal("/v3/conversations/teams-1/activities", call.RawPath));
        Assert.All(sent, call => Assert.Equal(("msteams", "user-1", "bot-1"), (call.Activity.ChannelId, call.Activity.Recipient!.Id, call.Activity.From!.Id)));
        Assert.EndsWith("Hola, aquí estoy.", sent[1].Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("aquí estoy", StringComparison.Ordinal) || line.Contains("Ana Ruiz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_conversation_an_unreachable_family_or_a_reply_outside_a_handoff_changes_nothing()
    {
        await using var site = PortalSite.Create();
        var handoff = site.Services.GetRequiredService<HandoffService>();
        await PortalSite.EscalateAsync(site.Services, "conv-none", "routine", "talk_to_clinician", DateTimeOffset.UtcNow);

        Assert.Equal(HandoffResult.UnknownConversation, await handoff.JoinAsync("nobody", Ana, TestContext.Current.CancellationToken));
        Assert.Equal(HandoffResult.Unchanged, await handoff.ReplyAsync("conv-none", Ana, "hola", TestContext.Current.CancellationToken));
        Assert.Equal(HandoffResult.Unchanged, await handoff.HandBackAsync("conv-none", Ana, TestContext.Current.CancellationToken));
        Assert.Equal(HandoffResult.Unreachable, await handoff.JoinAsync("conv-none", Ana, TestContext.Current.CancellationToken));
        Assert.Equal(HandoffResult.Unreachable, await handoff.TakeOverAsync("conv-none", Ana, TestContext.Current.CancellationToken));
        Assert.Equal(HandoffResult.Unchanged, await handoff.ReplyAsync("conv-none", Ana, "   ", TestContext.Current.CancellationToken));
        var stored = await site.Services.GetRequiredService<PuenteBot.State.IConversationStore>().LoadAsync("conv-none", TestContext.Current.CancellationToken);
        Assert.Null(stored.Data.Handoff);
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
