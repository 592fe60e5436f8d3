using System.Text.Json.Nodes;

namespace PuenteBot.Dialogs.Runtime;

/// <summary>What a waterfall step sees: the dialog context, its options, values kept across steps, and the last result.</summary>
public sealed class WaterfallStepContext(
    DialogContext dc,
    WaterfallDialog waterfall,
    int index,
    DialogReason reason,
    object? result,
    JsonObject state)
{
    public DialogContext Dialog { get; } = dc;

    public ITurnContext Context => Dialog.Context;

    public int Index { get; } = index;

    public DialogReason Reason { get; } = reason;

    /// <summary>The previous step's outcome: a prompt's recognized value, a child dialog's result, or null.</summary>
    public object? Result { get; } = result;

    /// <summary>Values the steps keep for each other; saved with the dialog.</summary>
    public JsonObject Values => (JsonObject)(state[WaterfallDialog.ValuesKey] ??= new JsonObject());

    /// <summary>The options the waterfall was begun with, read back from its saved state.</summary>
    public T? GetOptions<T>() => DialogJson.FromNode<T>(state[WaterfallDialog.OptionsKey]);

    /// <summary>Skips to the next step with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default) =>
        waterfall.RunStepAsync(Dialog, Index + 1, DialogReason.NextCalled, result, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialog.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, Prompts.PromptOptions options, CancellationToken cancellationToken = default) =>
        Dialog.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Dialog.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialog.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
