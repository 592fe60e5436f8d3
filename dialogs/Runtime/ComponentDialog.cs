namespace PuenteBot.Dialogs.Runtime;

/// <summary>
/// A dialog made of dialogs: it keeps its own inner stack in its state and ends when that stack is done.
/// A feature (barriers, setbacks, …) is one component with its waterfalls and prompts inside.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    internal const string InnerStackKey = "dialogs";

    protected DialogSet Dialogs { get; } = new();

    /// <summary>The inner dialog begun with the component; the first one added unless set.</summary>
    protected string? InitialDialogId { get; set; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc.Context, instance, dc);
        var result = await inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs."), options, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, inner, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc.Context, instance, dc);
        var result = await inner.ContinueDialogAsync(cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, inner, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var inner = CreateInnerContext(turnContext, instance, parent: null);
        await inner.RepromptDialogAsync(cancellationToken);
        SaveInnerStack(instance, inner);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var inner = CreateInnerContext(turnContext, instance, parent: null);
            await inner.CancelAllDialogsAsync(cancellationToken);
            SaveInnerStack(instance, inner);
        }
    }

    /// <summary>Called when the inner stack is done; ends the component with the inner result by default.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outer, object? result, CancellationToken cancellationToken) =>
        outer.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outer, DialogInstance instance, DialogContext inner, DialogTurnResult result, CancellationToken cancellationToken)
    {
        SaveInnerStack(instance, inner);
        return result.Status == DialogTurnStatus.Complete
            ? await EndComponentAsync(outer, result.Result, cancellationToken)
            : result;
    }

    private DialogContext CreateInnerContext(ITurnContext context, DialogInstance instance, DialogContext? parent)
    {
        var stack = DialogJson.FromNode<List<DialogInstance>>(instance.State[InnerStackKey]) ?? [];
        return new DialogContext(Dialogs, context, stack, parent);
    }

    private static void SaveInnerStack(DialogInstance instance, DialogContext inner) =>
        instance.State[InnerStackKey] = DialogJson.ToNode(inner.Stack);
}
