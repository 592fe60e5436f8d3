using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations;
using PuenteBot.Tests.Channels.DirectLine;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>
/// Live handoff end to end over the embedded Direct Line on a loopback port: a Spanish-speaking family in the web
/// chat, a crisis, the clinician signs in, joins, writes; the family's messages reach the portal while PuenteBot
/// stays quiet (but still answers danger); the clinician hands back and the menu returns.
/// </summary>
public class HandoffDirectLineTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_clinician_joins_writes_and_hands_back_through_the_web_chat(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new KestrelBot(DirectLineInstance.Settings(db));
        using var family = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
        using var clinician = new PortalClient(PortalClient.Loopback(bot.BaseUrl));
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();
        string Spanish(string key, params object[] args) => strings.For("es", key, args);
        var chat = await FamilyChat.StartAsync(family);
        await chat.SayAsync("hola");
        await chat.SayAsync("sí");
        var crisis = await chat.SayAsync("ya no quiero vivir, quiero matarme");
        Assert.Contains(Spanish("Crisis.Urgent.suicide"), FamilyChat.Texts(crisis));

        using var signIn = await clinician.SignInAsync();
        var (_, queue) = await clinician.GetAsync("/portal");
        var escalation = Assert.Single(await bot.Services.GetRequiredService<IEscalationStore>().QueueAsync(10, TestContext.Current.CancellationToken));
        var page = $"/portal/escalations/{escalation.Id}";
        Assert.Equal(chat.ConversationId, escalation.ConversationId);
        Assert.Contains(page, queue, StringComparison.Ordinal);

        using var join = await clinician.SubmitAsync(page, page + "/join");
        var joined = await chat.ReceivedAsync();
        using var reply = await clinician.SubmitAsync(page, page + "/reply", new() { ["text"] = "Hola, soy Ana. ¿Puedo llamarle ahora mismo?" });
        var clinicianText = await chat.ReceivedAsync();

        Assert.Equal($"{page}?notice=Delivered", join.Headers.Location!.OriginalString);
        Assert.Equal([Spanish("Handoff.Joined", "Ana Ruiz")], FamilyChat.Texts(joined));
        Assert.Equal([Spanish("Handoff.Message", "Ana Ruiz", "Hola, soy Ana. ¿Puedo llamarle ahora mismo?")], FamilyChat.Texts(clinicianText));
        Assert.Equal($"{page}?notice=Delivered", reply.Headers.Location!.OriginalString);

        var quiet = await chat.SayAsync("sí, por favor llámeme al rato");
        var danger = await chat.SayAsync("de verdad quiero matarme");
        var (_, transcript) = await clinician.GetAsync(page + "/transcript");
        var (_, live) = await clinician.GetAsync(page);

        Assert.Empty(quiet);
        Assert.Equal([Spanish("Crisis.Urgent.suicide")], FamilyChat.Texts(danger));
        Assert.Contains("sí, por favor llámeme al rato", WebUtility.HtmlDecode(transcript), StringComparison.Ordinal);
        Assert.Contains("from-care-team", transcript, StringComparison.Ordinal);
        Assert.Contains("Ana Ruiz is in the conversation since", live, StringComparison.Ordinal);
        var urgent = Assert.Single(await bot.Services.GetRequiredService<IEscalationStore>().QueueAsync(10, TestContext.Current.CancellationToken), e => e.Urgency == "urgent");
        Assert.Contains(urgent.Summary["updates"]!.AsArray(), u => (string?)u!["quote"] == "de verdad quiero matarme"); // the case the clinician is on, updated

        using var handBack = await clinician.SubmitAsync(page, page + "/handback");
        var back = await chat.ReceivedAsync();
        var afterwards = await chat.SayAsync("2");

        Assert.Equal($"{page}?notice=Delivered", handBack.Headers.Location!.OriginalString);
        Assert.Equal([Spanish("Handoff.Ended", "Ana Ruiz"), Spanish("Menu.Prompt")], FamilyChat.Texts(back));
        var menu = back[^1].GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains(Spanish("Menu.Option.person"), menu);
        Assert.NotEmpty(afterwards);
        Assert.DoesNotContain(Spanish("Menu.NotUnderstood"), FamilyChat.Texts(afterwards));
    }
}
