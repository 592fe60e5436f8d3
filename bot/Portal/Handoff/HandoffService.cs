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
/// family is told they are back with PuenteBot and gets the menu). One clinician at a time: only the one in the
/// conversation writes or hands back; a colleague takes over explicitly, and the family is told who is with them now.
/// A family no channel can reach now is not joined at all, so PuenteBot keeps answering them. Each action is saved
/// and logged before it is sent.
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
            if (context.Conversation.Handoff is { } handoff)
            {
                return IsWith(handoff, clinician) ? HandoffResult.Unchanged : HandoffResult.HeldByColleague;
            }

            if (!sender.CanReach(conversationId, context.Conversation))
            {
                return HandoffResult.Unreachable;
            }

            CrisisEpisode.HandOver(context.Conversation);
            Start(context, clinician);
            await SayAsync(context, strings.For(context, "Handoff.Joined", clinician.Name), token);
            return null;
        }, cancellationToken);

    /// <summary>Takes a colleague's handoff over (or joins, when nobody is in the conversation); the family is told who is with them now.</summary>
    public Task<HandoffResult> TakeOverAsync(string conversationId, PortalClinician clinician, CancellationToken cancellationToken) =>
        RunAsync(conversationId, async (context, token) =>
        {
            if (context.Conversation.Handoff is { } handoff && IsWith(handoff, clinician))
            {
                return HandoffResult.Unchanged;
            }

            if (!sender.CanReach(conversationId, context.Conversation))
            {
                return HandoffResult.Unreachable;
            }

            var key = context.Conversation.Handoff is null ? "Handoff.Joined" : "Handoff.TakenOver";
            CrisisEpisode.HandOver(context.Conversation);
            Start(context, clinician);
            await SayAsync(context, strings.For(context, key, clinician.Name), token);
            return null;
        }, cancellationToken);

    public Task<HandoffResult> ReplyAsync(string conversationId, PortalClinician clinician, string? text, CancellationToken cancellationToken) =>
        RunAsync(conversationId, async (context, token) =>
        {
            var clean = InboundText.Clean(text ?? string.Empty);
            if (context.Conversation.Handoff is not { } handoff || clean.Length == 0)
            {
                return HandoffResult.Unchanged;
            }

            if (!IsWith(handoff, clinician))
            {
                return HandoffResult.HeldByColleague;
            }

            handoff.LastClinicianActivityAt = clock.GetUtcNow();
            var message = Activity.Message(strings.For(context, "Handoff.Message", clinician.Name, clean));
            message.Id = ClinicianMessages.NewId();
            await context.SendActivityAsync(message, token);
            return null;
        }, cancellationToken);

    public Task<HandoffResult> HandBackAsync(string conversationId, PortalClinician clinician, CancellationToken cancellationToken) =>
        RunAsync(conversationId, async (context, token) =>
        {
            if (context.Conversation.Handoff is not { } handoff)
            {
                return HandoffResult.Unchanged;
            }

            if (!IsWith(handoff, clinician))
            {
                return HandoffResult.HeldByColleague;
            }

            context.Conversation.Handoff = null;
            CrisisEpisode.HandBack(context.Conversation);
            await SayAsync(context, strings.For(context, "Handoff.Ended", handoff.ClinicianName), token);
            context.Conversation.DialogStack.Clear();
            await dialogs.CreateContext(context).BeginDialogAsync(dialogs.RootDialogId, new MainDialogOptions { SkipGreeting = true }, token);
            return null;
        }, cancellationToken);

    private static bool IsWith(HandoffState handoff, PortalClinician clinician) =>
        string.Equals(handoff.ClinicianUser, clinician.User, StringComparison.OrdinalIgnoreCase);

    private void Start(TurnContext context, PortalClinician clinician)
    {
        var now = clock.GetUtcNow();
        context.Conversation.Handoff = new HandoffState { ClinicianName = clinician.Name, ClinicianUser = clinician.User, Since = now, LastClinicianActivityAt = now };
    }

    /// <summary>Runs <paramref name="change"/>: null when it changed the conversation, else why it left it as it was.</summary>
    private async Task<HandoffResult> RunAsync(string conversationId, Func<TurnContext, CancellationToken, Task<HandoffResult?>> change, CancellationToken cancellationToken)
    {
        var refusal = HandoffResult.Unchanged;
        var edit = await editor.EditAsync(
            conversationId,
            async (context, token) =>
            {
                if (await change(context, token) is { } unchanged)
                {
                    refusal = unchanged;
                    return false;
                }

                return true;
            },
            cancellationToken);
        if (edit is null)
        {
            return HandoffResult.UnknownConversation;
        }

        if (!edit.Changed)
        {
            return refusal;
        }

        // Saved and logged: it goes out even if the clinician's browser stops waiting (the channels bound their own time).
        return await sender.SendAsync(conversationId, edit.Data, edit.Replies, CancellationToken.None) ? HandoffResult.Delivered : HandoffResult.NotDelivered;
    }

    private static Task SayAsync(TurnContext context, string text, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Activity.Message(text), cancellationToken);
}
