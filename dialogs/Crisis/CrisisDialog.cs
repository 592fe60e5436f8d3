using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Crisis;

/// <summary>
/// What follows words of danger. The risk check has already answered (the safety message for urgent words,
/// the direct safety question for possible ones); this dialog takes the caregiver's answer. A "yes" to the
/// safety question becomes urgent: crisis lines now and an urgent escalation. After an urgent message it asks
/// whether they are safe right now. An answer it cannot read is asked once more, then treated as danger.
/// When it ends, the caregiver is back where they were.
/// </summary>
public sealed class CrisisDialog(IStringLocalizer<Strings> strings, BooleanRecognizer booleans) : Dialog(DialogId)
{
    public const string DialogId = "crisis";

    private const string StageKey = "stage";
    private const string CategoryKey = "category";
    private const string UnclearKey = "unclear";
    private const string AskedSafety = "askedSafety";
    private const string AskedSafeNow = "askedSafeNow";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var crisis = options as CrisisOptions ?? new CrisisOptions();
        var state = dc.ActiveDialog!.State;
        state[CategoryKey] = crisis.Category;
        if (crisis.Urgent)
        {
            return await AskSafeNowAsync(dc, cancellationToken);
        }

        state[StageKey] = AskedSafety;
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var risk = dc.Context.TurnState.TryGetValue(TurnStateKeys.Risk, out var value) ? value as RiskAssessment : null;
        if (risk?.Level == RiskLevel.Urgent)
        {
            return await AskSafeNowAsync(dc, cancellationToken);
        }

        var answer = booleans.Recognize(dc.Context.Activity.Text);
        var stage = (string?)state[StageKey];
        return (stage, answer) switch
        {
            (AskedSafety, true) => await BecomeUrgentAsync(dc, cancellationToken),
            (AskedSafety, false) => await EndWithAsync(dc, "Crisis.NotInDanger", cancellationToken),
            (AskedSafeNow, true) => await EndWithAsync(dc, "Crisis.SafeNow", cancellationToken),
            (AskedSafeNow, false) => await EndWithAsync(dc, "Crisis.NotSafeNow", cancellationToken),
            _ => await UnclearAsync(dc, stage, cancellationToken),
        };
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Send(turnContext, (string?)instance.State[StageKey] == AskedSafeNow ? "Crisis.AreYouSafe" : "Safety.Check", cancellationToken);

    private async Task<DialogTurnResult> AskSafeNowAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[StageKey] = AskedSafeNow;
        dc.ActiveDialog.State[UnclearKey] = 0;
        await Send(dc.Context, "Crisis.AreYouSafe", cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    private async Task<DialogTurnResult> BecomeUrgentAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var category = (string?)dc.ActiveDialog!.State[CategoryKey];
        dc.Context.EscalateToCareTeam(Urgency.Urgent, category ?? "risk", new JsonObject { ["confirmedBySafetyQuestion"] = true });
        await Send(dc.Context, "Safety.Urgent", cancellationToken);
        return await AskSafeNowAsync(dc, cancellationToken);
    }

    private async Task<DialogTurnResult> UnclearAsync(DialogContext dc, string? stage, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var unclear = ((int?)state[UnclearKey] ?? 0) + 1;
        state[UnclearKey] = unclear;
        if (unclear < 2)
        {
            await Send(dc.Context, stage == AskedSafeNow ? "Crisis.AskSafeAgain" : "Crisis.AskAgain", cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }

        return stage == AskedSafety
            ? await BecomeUrgentAsync(dc, cancellationToken)
            : await EndWithAsync(dc, "Crisis.NotSafeNow", cancellationToken);
    }

    /// <summary>Says the last word and goes back to what they were doing; an opted-out caregiver is not asked anything more.</summary>
    private async Task<DialogTurnResult> EndWithAsync(DialogContext dc, string key, CancellationToken cancellationToken)
    {
        await Send(dc.Context, key, cancellationToken);
        return dc.Context.Conversation.OptedOut
            ? await dc.CancelAllDialogsAsync(cancellationToken)
            : await dc.EndDialogAsync(null, cancellationToken);
    }

    private Task Send(ITurnContext context, string key, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Activity.Message(strings.For(context, key)), cancellationToken);
}
