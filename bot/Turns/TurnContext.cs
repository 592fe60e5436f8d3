using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Turns;

/// <summary>The turn as the pipeline runs it: replies and escalations are kept until the state is saved.</summary>
public sealed class TurnContext(Activity activity, ConversationData conversation) : ITurnContext
{
    private readonly List<Activity> replies = [];
    private readonly List<EscalationRequest> escalations = [];
    private readonly List<EscalationUpdate> updates = [];

    public Activity Activity { get; } = activity;

    public ConversationData Conversation { get; } = conversation;

    public string Language => Conversation.Language ?? Languages.English;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public IReadOnlyList<Activity> Replies => replies;

    public IReadOnlyList<EscalationRequest> Escalations => escalations;

    public IReadOnlyList<EscalationUpdate> EscalationUpdates => updates;

    public bool Responded => replies.Count > 0;

    public Task SendActivityAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        replies.Add(Address(reply));
        return Task.CompletedTask;
    }

    public void Escalate(EscalationRequest request) => escalations.Add(request);

    public void UpdateEscalation(EscalationUpdate update) => updates.Add(update);

    /// <summary>Drops what the dialogs queued after a failure, keeping what was already said (a safety message).</summary>
    internal void ResetDialogs() => Conversation.DialogStack.Clear();

    /// <summary>Puts <paramref name="revised"/> in place of the queued replies (kept honest after a failed save).</summary>
    internal void ReplaceReplies(IEnumerable<Activity> revised)
    {
        var list = revised.ToList();
        replies.Clear();
        replies.AddRange(list.Select(Address));
    }

    private Activity Address(Activity reply)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId = Activity.ChannelId;
        reply.ServiceUrl = Activity.ServiceUrl;
        reply.Conversation ??= Activity.Conversation is { } conversation ? new ConversationAccount { Id = conversation.Id, IsGroup = conversation.IsGroup, TenantId = conversation.TenantId } : null;
        reply.From ??= Activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = RoleTypes.Bot } : null;
        reply.Recipient ??= Activity.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, Role = RoleTypes.User } : null;
        reply.ReplyToId ??= Activity.Id;
        reply.Locale ??= Language;
        reply.InputHint ??= InputHints.AcceptingInput;
        return reply;
    }
}
