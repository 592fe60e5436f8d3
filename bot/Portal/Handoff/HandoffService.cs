using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Portal.SignIn;
using PuenteBot.Proactive;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Portal.Handoff;

/// <summary>
/// Live handoff: a clinician joins a family's conversation (the family is told, in their language, that a person
/// from the care team joined), writes to them on their channel while the dialogs stay quiet, and hands back (the
/// family is told they are back with PuenteBot and gets the menu). Each action is saved and logged before it is sent.
/// </summary>
public sealed class HandoffService(
    ConversationEditor editor,
    DialogRunner dialogs,
    ProactiveSender sender,
    IStringLocalizer<Strings> strings,
    TimeProvider clock)
{
    public Task<HandoffResult> JoinAsync(string conversationId, PortalClinician clinician, CancellationToken cancellationToken) =>
        RunAsync(conversationId, async (context, token) =>
        {
            if (context.Conversation.Handoff is not null)
            {
                return false;
            }

            var now = clock.GetUtcNow();
            CrisisEpisode.HandOver(context.Conversation);
            context.Conversation.Handoff = new HandoffState { ClinicianName = clinician.Name, ClinicianUser = clinician.User, Since = now, LastClinicianActivityAt = now };
            await SayAsync(context, strings.For(context, "Handoff.Joined", clinician.Name), token);
            return true;
        }, cancellationToken);

    public Task<HandoffResult> ReplyAsync(string conversationId, PortalClinician clinician, string? text, CancellationToken cancellationToken) =>
        RunAsync(conversationId, async (context, token) =>
        {
            var clean = InboundText.Clean(text ?? string.Empty);
            if (context.Conversation.Handoff is not { } handoff || clean.Length == 0)
            {
                return false;
            }

            handoff.LastClinicianActivityAt = clock.GetUtcNow();

            var message = Activity.Message(strings.For(context, "Handoff.Message", clinician.Name, clean));
            message.Id = ClinicianMessages.NewId();
            await context.SendActivityAsync(message, token);
            return true;
        }, cancellationToken);

    public Task<HandoffResult> HandBackAsync(string conversationId, CancellationToken cancellationToken) =>
        RunAsync(conversationId, async (context, token) =>
        {
            if (context.Conversation.Handoff is not { } handoff)
            {
                return false;
            }

            context.Conversation.Handoff = null;
            await SayAsync(context, strings.For(context, "Handoff.Ended", handoff.ClinicianName), token);
            context.Conversation.DialogStack.Clear();
            await dialogs.CreateContext(context).BeginDialogAsync(dialogs.RootDialogId, new MainDialogOptions { SkipGreeting = true }, token);
            return true;
        }, cancellationToken);

    private async Task<HandoffResult> RunAsync(string conversationId, Func<TurnContext, CancellationToken, Task<bool>> change, CancellationToken cancellationToken)
    {
        if (await editor.EditAsync(conversationId, change, cancellationToken) is not { } edit)
        {
            return HandoffResult.UnknownConversation;
        }

        if (!edit.Changed)
        {
            return HandoffResult.Unchanged;
        }

        // Saved and logged: it goes out even if the clinician's browser stops waiting (the channels bound their own time).
        return await sender.SendAsync(conversationId, edit.Data, edit.Replies, CancellationToken.None) ? HandoffResult.Delivered : HandoffResult.NotDelivered;
    }

    private static Task SayAsync(TurnContext context, string text, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Activity.Message(text), cancellationToken);
}
