namespace PuenteBot.Channels.Sms;

/// <summary>
/// The <c>state</c> of an <c>sms_outbox</c> row. Only <see cref="Pending"/> rows are ever sent; once a row leaves it,
/// it is never sent again.
/// </summary>
public static class SmsOutboxStates
{
    /// <summary>Waiting, being tried (claimed until <c>next_attempt_at</c>), or due again after a failure.</summary>
    public const string Pending = "pending";

    /// <summary>Twilio accepted it (<c>twilio_sid</c> set); its status callbacks move it on.</summary>
    public const string Sent = "sent";

    /// <summary>Final statuses from Twilio's status callback.</summary>
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Undelivered = "undelivered";

    /// <summary>Given up: refused for good, out of tries, or no phone number or Twilio account to send with.</summary>
    public const string DeadLetter = "dead_letter";

    /// <summary>Not sent because an earlier part of the same reply was given up (no part 3 without part 2).</summary>
    public const string Dropped = "dropped";

    /// <summary>Not sent: the family opted out (their keyword, or Twilio's 21610).</summary>
    public const string OptedOut = "opted_out";

    /// <summary>
    /// SQL for the rows a worker may claim, on either database: pending rows with no earlier pending row of their
    /// conversation, so messages to one family go in order (the table's alias is <c>o</c>).
    /// </summary>
    public const string Heads = """
        o.state = 'pending'
        AND NOT EXISTS (SELECT 1 FROM sms_outbox p WHERE p.conversation_id = o.conversation_id AND p.state = 'pending' AND p.id < o.id)
        """;

    /// <summary>True for the statuses a Twilio status callback may set on a row.</summary>
    public static bool IsReported(string? status) => status is Delivered or Failed or Undelivered;
}
