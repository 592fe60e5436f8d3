using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Channels.DirectLine;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Portal.Handoff;
using PuenteBot.Portal.SignIn;
using PuenteBot.Proactive;
using PuenteBot.State;
using PuenteBot.Tests.Channels.DirectLine;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>
/// A live handoff across instances: the family's web chat holds its WebSocket on one instance while the clinician's
/// portal requests land on another; the second needs only the stored conversation and the activity feed.
/// </summary>
public class HandoffScaleOutTests
{
    private static readonly PortalClinician Ana = new("ana", "Ana Ruiz", "en");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_clinician_on_another_instance_reaches_the_family_stream(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var family = new DirectLineInstance(db);
        await using var portal = new DirectLineInstance(db);
        var ct = TestContext.Current.CancellationToken;
        var strings = portal.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var (conversation, token) = await family.Api.GenerateAsync();
        await using var socket = await family.StreamAsync(conversation, token);
        (await family.Api.PostMessageAsync(conversation, token, "hola")).EnsureSuccessStatusCode();
        (await family.Api.PostMessageAsync(conversation, token, "sí", "c2")).EnsureSuccessStatusCode();
        await KnownAsync(portal, conversation);
        var handoff = portal.Services.GetRequiredService<HandoffService>();

        var joined = await handoff.JoinAsync(conversation, Ana, ct);
        var replied = await handoff.ReplyAsync(conversation, Ana, "¿Le puedo llamar hoy?", ct);
        var seen = await socket.ReceiveUntilAsync(all => all.Any(a => DirectLineSocket.Text(a) == strings.For("es", "Handoff.Message", "Ana Ruiz", "¿Le puedo llamar hoy?")));
        var quiet = await family.Api.PostMessageAsync(conversation, token, "sí, gracias", "c3");
        var back = await handoff.HandBackAsync(conversation, Ana, ct);
        var after = await socket.ReceiveUntilAsync(all => Following(all, "sí, gracias").Any(a => DirectLineSocket.Text(a) == strings.For("es", "Menu.Prompt")));

        Assert.Equal([HandoffResult.Delivered, HandoffResult.Delivered, HandoffResult.Delivered], [joined, replied, back]);
        Assert.Contains(seen, a => DirectLineSocket.Text(a) == strings.For("es", "Handoff.Joined", "Ana Ruiz"));
        quiet.EnsureSuccessStatusCode();
        Assert.Equal(strings.For("es", "Handoff.Ended", "Ana Ruiz"), DirectLineSocket.Text(Following(after, "sí, gracias").First()));
        Assert.Equal(after.Count, after.Select(DirectLineSocket.Id).Distinct().Count());
        var stored = await portal.Services.GetRequiredService<IConversationStore>().LoadAsync(conversation, ct);
        Assert.True(portal.Services.GetRequiredService<ProactiveSender>().CanReach(conversation, stored.Data));
    }

    private static IEnumerable<JsonElement> Following(IEnumerable<JsonElement> activities, string text) =>
        activities.SkipWhile(a => DirectLineSocket.Text(a) != text).Skip(1);

    /// <summary>
    /// Waits until <paramref name="instance"/> has heard of the conversation from the activity feed (a poll interval on
    /// SQLite, a notification on PostgreSQL; the minute's re-read otherwise).
    /// </summary>
    private static async Task KnownAsync(DirectLineInstance instance, string conversationId)
    {
        var conversations = instance.Services.GetRequiredService<DirectLineConversations>();
        for (var i = 0; i < 100 && !conversations.Holds(conversationId); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(conversations.Holds(conversationId));
    }
}
