using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Interruptions;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Returning;

/// <summary>
/// A caregiver writes again after <see cref="ConversationOptions.ResumeAfter"/> or more. In the middle of a
/// conversation: welcome back, continue or start over — unless the message names a topic, which then opens. At
/// one of the main dialog's own questions (consent, the menu) a greeting is welcomed back and the question asked
/// again; any other message is simply answered there. A pending safety question, this question itself, help
/// or cancel, and a reply to a message the clinic sent (a visit reminder, a follow-up: the family answers it, however
/// long since they last wrote) are left to their own handling. Runs after the language switch and before help.
/// </summary>
public sealed class ReturningInterruption(
    IStringLocalizer<Strings> strings,
    IntentRecognizer intents,
    IOptions<ConversationOptions> options,
    TimeProvider clock) : IInterruption
{
    /// <summary>At the main dialog's own questions the path is main → its prompt; a topic under way is main → topic → ….</summary>
    private const int MainQuestionDepth = 2;

    public int Order => 15;

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var path = DialogPath.Active(dc.Stack);
        if (!IsReturning(context) || path.Count == 0 || path[0] is CrisisDialog.DialogId or ReturningDialog.DialogId or VisitDialog.DialogId or FollowUpDialog.DialogId || context.Conversation.Language is null
            || CommandWords.Matches(CommandWords.Help, context.Activity.Text) || CommandWords.Matches(CommandWords.Cancel, context.Activity.Text))
        {
            return false;
        }

        var intent = intents.Recognize(context.Activity.Text, context.Language);
        if (path[0] == MainDialog.DialogId && path.Count <= MainQuestionDepth)
        {
            if (intent.Intent != Intents.Greeting)
            {
                return false;
            }

            await SayHelloAsync(context, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return true;
        }

        if (MenuTopics.FromIntent(intent) is not null)
        {
            await SayHelloAsync(context, cancellationToken);
            await ReturningDialog.StartOverAsync(dc, context.Activity.Text, cancellationToken);
            return true;
        }

        await dc.BeginInterruptionAsync(ReturningDialog.DialogId, null, cancellationToken);
        return true;
    }


    private Task SayHelloAsync(ITurnContext context, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Activity.Message(strings.For(context, "Returning.Hello")), cancellationToken);

    private bool IsReturning(ITurnContext context) =>
        context.Activity is { Type: ActivityTypes.Message, Text: { Length: > 0 } }
        && context.Conversation.LastMessageAt is { } last
        && clock.GetUtcNow() - last >= options.Value.ResumeAfter;
}
