using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Portal.Handoff;
using PuenteBot.Proactive;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Dialogs.Visits;

/// <summary>
/// What the outreach worker does to send a planned message, on a bot's real services: under the conversation lock
/// (<see cref="ConversationEditor"/>), nothing during a live handoff, a crisis episode or after an opt-out; else the
/// stack cleared and the dialog begun (the visit conversation or a follow-up). The first planned message also
/// remembers the family's channel, as enrolment does, so it is worded for it.
/// </summary>
public static class OutreachStart
{
    /// <summary>The replies the planned message sends (none when refused).</summary>
    public static async Task<IReadOnlyList<Activity>> BeginAsync(
        IServiceProvider services, TimeProvider clock, string conversationId, string channel, string? language, string dialogId, object options)
    {
        var ct = TestContext.Current.CancellationToken;
        var dialogs = services.GetRequiredService<DialogRunner>();
        var editor = new ConversationEditor(services.GetRequiredService<IConversationStore>(), services.GetRequiredService<ConversationLocks>(), clock);
        await editor.EditAsync(conversationId, (context, _) =>
        {
            var known = FamilyReference.Read(context.Conversation) is not null;
            if (!known)
            {
                FamilyReference.Remember(context.Conversation, TestActivities.Message(conversationId, null, channel));
            }

            return Task.FromResult(!known);
        }, ct);
        var edit = await editor.EditAsync(conversationId, async (context, token) =>
        {
            var data = context.Conversation;
            if (data.Handoff is not null || CrisisEpisode.IsOpen(data) || data.OptedOut)
            {
                return false;
            }

            data.Language ??= language;
            data.DialogStack.Clear();
            await dialogs.CreateContext(context).BeginDialogAsync(dialogId, options, token);
            return true;
        }, ct);
        return edit?.Replies ?? throw new InvalidOperationException($"Conversation {conversationId} does not exist yet: a planned message goes to an enrolled family.");
    }
}
