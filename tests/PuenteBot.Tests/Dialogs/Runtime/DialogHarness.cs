using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Dialogs.Runtime;

/// <summary>
/// Drives a set of test dialogs turn by turn. Between turns the state goes through JSON and the dialogs are
/// built anew, as when the next message is handled by another process.
/// </summary>
public sealed class DialogHarness(Func<IStringLocalizer<Strings>, IEnumerable<Dialog>> build, string rootId, Func<IEnumerable<IInterruption>>? interruptions = null)
{
    private static readonly IStringLocalizer<Strings> Localizer = new ServiceCollection()
        .AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<Strings>>();

    private string state = ConversationDataSerializer.Serialize(new ConversationData { Language = "en" });

    public static IStringLocalizer<Strings> Strings => Localizer;

    public ConversationData State => ConversationDataSerializer.Deserialize(state);

    public async Task<List<Activity>> SayAsync(string text, RiskAssessment? risk = null)
    {
        var context = new TurnContext(TestActivities.Message("harness", text), ConversationDataSerializer.Deserialize(state));
        if (risk is not null)
        {
            context.TurnState[TurnStateKeys.Risk] = risk;
        }

        var runner = new DialogRunner(build(Localizer), interruptions?.Invoke() ?? [], rootId);
        await runner.RunAsync(context, TestContext.Current.CancellationToken);
        state = ConversationDataSerializer.Serialize(context.Conversation);
        Escalations = context.Escalations;
        Updates = context.EscalationUpdates;
        return [.. context.Replies];
    }

    public async Task<List<string?>> TextsAsync(string text, RiskAssessment? risk = null) => [.. (await SayAsync(text, risk)).Select(a => a.Text)];

    /// <summary>The escalations raised in the last turn.</summary>
    public IReadOnlyList<PuenteBot.Dialogs.Escalation.EscalationRequest> Escalations { get; private set; } = [];

    /// <summary>The escalation updates queued in the last turn.</summary>
    public IReadOnlyList<PuenteBot.Dialogs.Escalation.EscalationUpdate> Updates { get; private set; } = [];
}
