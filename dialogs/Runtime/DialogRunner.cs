namespace PuenteBot.Dialogs.Runtime;

/// <summary>
/// Runs the dialogs for one turn: the interruptions first, then the active dialog, or the root dialog when none
/// is active. A stack that names a dialog this bot no longer has is dropped, so old state never traps anyone.
/// </summary>
public sealed class DialogRunner
{
    private readonly DialogSet dialogs = new();
    private readonly IInterruption[] interruptions;
    private readonly string rootDialogId;
    private readonly IQuestionFallback? questionFallback;

    public DialogRunner(IEnumerable<Dialog> dialogs, IEnumerable<IInterruption> interruptions, string rootDialogId, IQuestionFallback? questionFallback = null)
    {
        this.questionFallback = questionFallback;
        foreach (var dialog in dialogs)
        {
            this.dialogs.Add(dialog);
        }

        this.interruptions = [.. interruptions.OrderBy(i => i.Order)];
        this.rootDialogId = rootDialogId;
        _ = this.dialogs.Find(rootDialogId) ?? throw new DialogNotFoundException(rootDialogId);
    }

    public async Task RunAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var dc = CreateContext(context);
        try
        {
            foreach (var interruption in interruptions)
            {
                if (await interruption.TryHandleAsync(dc, cancellationToken))
                {
                    return;
                }
            }

            var result = await dc.ContinueDialogAsync(cancellationToken);
            if (result.Status == DialogTurnStatus.Empty)
            {
                await dc.BeginDialogAsync(rootDialogId, null, cancellationToken);
            }
        }
        catch (DialogNotFoundException)
        {
            context.Conversation.DialogStack.Clear();
            await dc.BeginDialogAsync(rootDialogId, null, cancellationToken);
        }
    }

    /// <summary>Begins the root dialog (a caregiver just joined).</summary>
    public Task StartAsync(ITurnContext context, CancellationToken cancellationToken) =>
        CreateContext(context).BeginDialogAsync(rootDialogId, null, cancellationToken);

    /// <summary>A dialog context over the conversation's saved stack.</summary>
    public DialogContext CreateContext(ITurnContext context) => new(dialogs, context, context.Conversation.DialogStack) { QuestionFallback = questionFallback };

    public string RootDialogId => rootDialogId;
}
