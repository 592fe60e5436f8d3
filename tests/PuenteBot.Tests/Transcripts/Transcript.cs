namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// One scenario file: the caregiver's messages in order and what the bot must do after each. YAML, read with
/// YamlDotNet (camelCase keys). See Scenarios/README.md for the format.
/// </summary>
public sealed class Transcript
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The channel the messages come from: test (default), webchat, directline, sms, terminal.</summary>
    public string Channel { get; set; } = "test";

    /// <summary>Configuration for this conversation's bot, by key (for example <c>Clinic:Phone</c>).</summary>
    public Dictionary<string, string?> Settings { get; set; } = [];

    /// <summary>
    /// On <c>channel: sms</c>, whether each message goes through the bot's Twilio webhook (signed, answered with TwiML)
    /// — the default — or straight into the turn pipeline as Azure Bot Service's SMS channel sends it (<c>false</c>).
    /// </summary>
    public bool? Webhook { get; set; }

    /// <summary>
    /// Whether the conversation belongs to a family the clinic enrolled (<c>ConversationData.FamilyId</c> set before the
    /// first message; the default). With <c>false</c>, an escalation asks once how the care team can reach them.
    /// </summary>
    public bool Enrolled { get; set; } = true;

    public List<TranscriptStep> Steps { get; set; } = [];
}

public sealed class TranscriptStep
{
    /// <summary>Time that passes on the bot's clock before this step's message: 2d, 3h, 30m, or hh:mm:ss.</summary>
    public string? Wait { get; set; }

    /// <summary>What the caregiver writes.</summary>
    public string? User { get; set; }

    /// <summary>An event instead of a message (for example webchat/join), with <see cref="Value"/>.</summary>
    public string? Event { get; set; }

    public string? Value { get; set; }

    /// <summary>Instead of a message: the outreach worker begins the visit conversation (a reminder or the missed-visit message).</summary>
    public TranscriptOutreach? Visit { get; set; }

    /// <summary>Instead of a message: the outreach worker sends a clinician's follow-up.</summary>
    public TranscriptOutreach? FollowUp { get; set; }

    /// <summary>The client's locale on this activity.</summary>
    public string? Locale { get; set; }

    /// <summary>The turn's replies, in order: every reply is one of these and nothing else was said (unless <see cref="Extras"/>).</summary>
    public List<ReplyExpectation> Bot { get; set; } = [];

    /// <summary>Other replies may come before, between and after the ones in <see cref="Bot"/> (say why in a comment).</summary>
    public bool Extras { get; set; }

    /// <summary>On SMS, at most this many segments for the turn's messages, counted as the carrier does (GSM-7 or UCS-2).</summary>
    public int? Segments { get; set; }

    /// <summary>How many updates the conversation's last escalation has after the turn (later messages of a crisis episode).</summary>
    public int? Updates { get; set; }

    /// <summary>The reason (risk kind) of the conversation's last escalation after the turn.</summary>
    public string? Reason { get; set; }

    /// <summary>The turn answers nothing at all.</summary>
    public bool Silent { get; set; }

    /// <summary>Conversation state after the turn.</summary>
    public StateExpectation? State { get; set; }

    /// <summary>How many escalations the conversation has after the turn, and of which urgency.</summary>
    public List<string>? Escalations { get; set; }

    /// <summary>The last escalation's summary after the turn: a path into its JSON (<c>quote</c>, <c>updates[-1].safety</c>) and the value it must read.</summary>
    public Dictionary<string, string?>? Summary { get; set; }

    /// <summary>Every answer the visit conversations recorded so far (<c>IVisitReplies</c>), in order: confirmed, change, barrier, answered.</summary>
    public List<string>? Recorded { get; set; }

    /// <summary>The enrolled family's answer to reminders after the turn (<c>IReminderConsent</c>): true, false, or unset (never given).</summary>
    public string? Reminders { get; set; }

    /// <summary>Care notes after the turn: a path into their JSON (<c>barriers[0].kind</c>, see <see cref="NotesPath"/>) and the value it must read.</summary>
    public Dictionary<string, string?>? Notes { get; set; }
}

/// <summary>One reply: its exact UI string (by key, in the conversation's language), some text it contains, or its options.</summary>
public sealed class ReplyExpectation
{
    public string? Says { get; set; }

    public string? Contains { get; set; }

    public List<string>? Options { get; set; }

    /// <summary>A hero card with this title (the reply as web chat shows it).</summary>
    public string? Card { get; set; }

    /// <summary>Text the reply holds once rendered for SMS (cards as short text and absolute link, numbered options).</summary>
    public string? Sms { get; set; }
}

public sealed class StateExpectation
{
    public string? Language { get; set; }

    public bool? OptedOut { get; set; }

    /// <summary>The dialog ids on the stack, bottom first.</summary>
    public List<string>? Stack { get; set; }
}
