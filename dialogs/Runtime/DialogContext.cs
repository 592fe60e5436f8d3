namespace PuenteBot.Dialogs.Runtime;

/// <summary>
/// Runs a dialog stack for one turn: begin, continue, replace, end, cancel. The stack is the list saved in
/// the conversation's state (bottom first), or a component dialog's inner stack.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, List<DialogInstance> stack, DialogContext? parent = null)
{
    public DialogSet Dialogs { get; } = dialogs;

    public ITurnContext Context { get; } = context;

    public List<DialogInstance> Stack { get; } = stack;

    /// <summary>The context of the component dialog this stack belongs to, if any.</summary>
    public DialogContext? Parent { get; } = parent;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    private readonly IQuestionFallback? questionFallback;

    /// <summary>Who answers a question no prompt understood (set on the root context; inner stacks use their parent's).</summary>
    public IQuestionFallback? QuestionFallback
    {
        get => questionFallback ?? Parent?.QuestionFallback;
        init => questionFallback = value;
    }

    /// <summary>The dialog that asked the question now waiting: the active dialog, or the innermost active dialog inside it.</summary>
    public DialogInstance? InnermostDialog
    {
        get
        {
            var current = ActiveDialog;
            while (current is not null
                && DialogJson.FromNode<List<DialogInstance>>(current.State[ComponentDialog.InnerStackKey]) is { Count: > 0 } inner)
            {
                current = inner[^1];
            }

            return current;
        }
    }

    public Dialog FindDialog(string id) => TryFindDialog(id) ?? throw new DialogNotFoundException(id);

    public Dialog? TryFindDialog(string id) => Dialogs.Find(id) ?? Parent?.TryFindDialog(id);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        PushAsync(dialogId, options, interruption: false, cancellationToken);

    /// <summary>Begins a dialog over the current one; when it ends, the dialog below re-asks its question.</summary>
    public Task<DialogTurnResult> BeginInterruptionAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        PushAsync(dialogId, options, interruption: true, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, Prompts.PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await FindDialog(active.Id).ContinueDialogAsync(this, cancellationToken);
    }

    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        var ended = await PopAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is not { } below)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        if (ended?.Interruption == true)
        {
            await FindDialog(below.Id).RepromptDialogAsync(Context, below, cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }

        return await FindDialog(below.Id).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var replaced = await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await PushAsync(dialogId, options, replaced?.Interruption == true, cancellationToken);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog's question again (after a question was answered, or the language switched).</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } active
            ? FindDialog(active.Id).RepromptDialogAsync(Context, active, cancellationToken)
            : Task.CompletedTask;

    private async Task<DialogTurnResult> PushAsync(string dialogId, object? options, bool interruption, CancellationToken cancellationToken)
    {
        var dialog = FindDialog(dialogId);
        Stack.Add(new DialogInstance { Id = dialogId, Interruption = interruption });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    private async Task<DialogInstance?> PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } top)
        {
            return null;
        }

        if (TryFindDialog(top.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, top, reason, cancellationToken);
        }

        Stack.RemoveAt(Stack.Count - 1);
        return top;
    }
}
