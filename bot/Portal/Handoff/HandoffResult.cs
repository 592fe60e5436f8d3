namespace PuenteBot.Portal.Handoff;

/// <summary>The outcome of a clinician's handoff action.</summary>
public enum HandoffResult
{
    /// <summary>Saved, and the family's channel took the messages.</summary>
    Delivered,

    /// <summary>Saved, but no channel could take the messages now (the family left the web chat, opted out of SMS…).</summary>
    NotDelivered,

    /// <summary>Nothing to do: already joined, not in a handoff, or an empty reply.</summary>
    Unchanged,

    UnknownConversation,
}
