using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Portal.SignIn;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>The bot with one local portal account (ana), on its own SQLite file.</summary>
public static class PortalSite
{
    private static readonly Lazy<string> Hash = new(() => PortalPasswords.Hash(PortalClient.Password));

    public static Dictionary<string, string?> Settings(string language = "en") => new()
    {
        ["Portal:Accounts:0:User"] = PortalClient.User,
        ["Portal:Accounts:0:PasswordHash"] = Hash.Value,
        ["Portal:Accounts:0:Name"] = "Ana Ruiz",
        ["Portal:Accounts:0:Language"] = language,
    };

    public static BotApplicationFactory Create(Dictionary<string, string?>? settings = null) => new(settings ?? Settings());

    public static PortalClient Client(BotApplicationFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Has the webhook notifier give up on an escalation, through the delivery outbox: it becomes a dead letter.</summary>
    public static async Task DeadLetterAsync(IServiceProvider services, string escalationId, string error)
    {
        var outbox = services.GetRequiredService<PuenteBot.Escalations.Delivery.EscalationOutbox>();
        var claimed = await outbox.ClaimNextAsync(["webhook"], DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        Assert.Equal(escalationId, claimed?.Escalation.Id);
        await outbox.FailedAsync(escalationId, "webhook", error, null, TestContext.Current.CancellationToken);
    }

    /// <summary>Commits an escalation as a turn would, at <paramref name="at"/>; returns its id.</summary>
    public static async Task<string> EscalateAsync(IServiceProvider services, string conversationId, string urgency, string reason, DateTimeOffset at, string channel = "sms", string language = "es")
    {
        var store = services.GetRequiredService<IConversationStore>();
        var summary = new JsonObject { ["reason"] = reason, ["conversationId"] = conversationId, ["channel"] = channel, ["language"] = language, ["quote"] = "necesito hablar con alguien" };
        var data = new ConversationData { Language = language };
        Assert.True(await store.TrySaveAsync(new ConversationWrite(conversationId, channel, 0, data, [], [new EscalationRequest(urgency, reason, summary)], at), TestContext.Current.CancellationToken));
        var queue = await services.GetRequiredService<PuenteBot.Escalations.IEscalationStore>().QueueAsync(100, TestContext.Current.CancellationToken);
        return queue.Single(e => e.ConversationId == conversationId).Id;
    }
}
