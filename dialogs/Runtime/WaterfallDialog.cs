using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Runtime;

/// <summary>One step of a waterfall: sends something, prompts, or moves on.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);

/// <summary>
/// A fixed sequence of steps. Each step ends the turn (usually with a prompt) or goes to the next; the next
/// message, or the prompt's result, moves the waterfall one step on.
/// </summary>
public class WaterfallDialog(string id, IEnumerable<WaterfallStep> steps) : Dialog(id)
{
    internal const string StepKey = "step";
    internal const string ValuesKey = "values";
    internal const string OptionsKey = "options";

    private readonly List<WaterfallStep> steps = [.. steps];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = DialogJson.ToNode(options);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(DialogTurnResult.EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = (int?)dc.ActiveDialog!.State[StepKey] ?? 0;
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepKey] = index;
        return await steps[index](new WaterfallStepContext(dc, this, index, reason, result, state), cancellationToken);
    }
}
