using PuenteBot.Channels.Sms;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.State;

/// <summary>A conversation's state as loaded, with the version a save must still find to succeed.</summary>
public sealed record StoredConversation(ConversationData Data, long Version);

/// <summary>One message of the conversation log, either way.</summary>
public sealed record LogEntry(string Direction, string? ActivityId, string ActivityType, string? Text, DateTimeOffset Timestamp)
{
    public const string Inbound = "in";
    public const string Outbound = "out";
}

/// <summary>Everything one turn changes, written in one transaction.</summary>
public sealed record ConversationWrite(
    string ConversationId,
    string? ChannelId,
    long ExpectedVersion,
    ConversationData Data,
    IReadOnlyList<LogEntry> Log,
    IReadOnlyList<EscalationRequest> Escalations,
    DateTimeOffset Now)
{
    /// <summary>Updates of escalations raised in earlier turns (a crisis episode's later messages), written in the same transaction.</summary>
    public IReadOnlyList<EscalationUpdate> EscalationUpdates { get; init; } = [];

    /// <summary>
    /// Asked inside the transaction, after the state, log and escalations are written and just before the commit: the
    /// turn's SMS replies to write to <c>sms_outbox</c> with them (the webhook stopped waiting for the turn), or null.
    /// </summary>
    public Func<SmsDelivery?>? LateSms { get; init; }
}

/// <summary>Where conversations live: state, log and escalations, behind one interface per database.</summary>
public interface IConversationStore
{
    /// <summary>Loads a conversation; a new one comes back empty with version 0.</summary>
    Task<StoredConversation> LoadAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves state, log entries, escalations and late SMS replies together if the conversation is still at
    /// <see cref="ConversationWrite.ExpectedVersion"/>; returns false (and writes nothing) when another turn saved first.
    /// </summary>
    Task<bool> TrySaveAsync(ConversationWrite write, CancellationToken cancellationToken);

    /// <summary>The conversation log, oldest first.</summary>
    Task<IReadOnlyList<LogEntry>> ReadLogAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>True when the database answers.</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}
