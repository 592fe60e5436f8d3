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

    /// <summary>Not joined: no channel can reach the family now, so PuenteBot stays in the conversation and keeps answering.</summary>
    Unreachable,

    /// <summary>Refused: another clinician is in the conversation; only they write or hand back, unless this one takes over.</summary>
    HeldByColleague,
}
