using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Portal.Handoff;

/// <summary>What an edit did: whether it changed (and saved) the conversation, its state after, and the activities to send the family.</summary>
public sealed record ConversationEdit(bool Changed, ConversationData Data, IReadOnlyList<Activity> Replies);
