using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Escalations;

/// <summary>The whole bot in memory (hosted delivery worker included) with escalation settings; one instance stands for one process.</summary>
public sealed class DeliveryBot : IAsyncDisposable
{
    private readonly BotApplicationFactory factory;

    public DeliveryBot(Dictionary<string, string?> settings)
    {
        factory = new BotApplicationFactory(settings);
        factory.StartServer();
    }

    public IServiceProvider Services => factory.Services;

    public IEscalationStore Store => Services.GetRequiredService<IEscalationStore>();

    public EscalationOutbox Outbox => Services.GetRequiredService<EscalationOutbox>();

    public Task<TurnResult> SayAsync(string conversationId, string text) =>
        Services.GetRequiredService<TurnPipeline>().ProcessAsync(TestActivities.Message(conversationId, text), TestContext.Current.CancellationToken);

    /// <summary>Waits until the only escalation is in <paramref name="state"/>, and returns it.</summary>
    public async Task<EscalationRecord> SingleEscalationAsync(string state) =>
        (await Eventually.ReturnsAsync(
            () => Store.ListAsync(new EscalationQuery(), TestContext.Current.CancellationToken),
            page => page.Total == 1 && page.Items[0].State == state,
            $"one escalation in state {state}")).Items[0];

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
