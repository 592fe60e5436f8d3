namespace PuenteBot.Channels.Sms;

/// <summary>
/// <c>sms_outbox</c>: the replies and proactive messages waiting to go through Twilio's REST API, one row per SMS
/// part. A row is claimed for one try at a time (a lease on SQLite, <c>FOR UPDATE SKIP LOCKED</c> and a lease on
/// PostgreSQL), so a crashed worker's row falls due again and two workers never hold the same row. Only the
/// earliest unsent row of a conversation is ever due, so the parts of a reply, and replies, leave in order.
/// </summary>
public interface ISmsOutbox
{
    /// <summary>Writes the delivery's parts as pending rows, due at <paramref name="now"/>, in one transaction.</summary>
    Task EnqueueAsync(SmsDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes up the oldest due row, held for <paramref name="lease"/>; null when nothing is due.</summary>
    Task<SmsOutboxMessage?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>When the next row falls due (a retry, a lapsed claim); null when nothing waits.</summary>
    Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken);

    /// <summary>Marks a pending row sent with Twilio's sid; from then on it is never sent again.</summary>
    Task SentAsync(long id, string? twilioSid, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a failed try; the row is due again at <paramref name="retryAt"/>.</summary>
    Task RetryAsync(long id, SmsSendFailure failure, DateTimeOffset retryAt, CancellationToken cancellationToken);

    /// <summary>
    /// Ends a pending row unsent with <paramref name="state"/> (<see cref="SmsOutboxStates.DeadLetter"/> or
    /// <see cref="SmsOutboxStates.OptedOut"/>); the later parts of its delivery are dropped. Returns how many were.
    /// </summary>
    Task<int> AbandonAsync(SmsOutboxMessage message, string state, SmsSendFailure failure, CancellationToken cancellationToken);

    /// <summary>Ends every pending row to the conversation as opted out (Twilio's 21610 refuses them all); returns how many.</summary>
    Task<int> OptedOutAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Records a final status from Twilio's callback on the row it sent as <paramref name="twilioSid"/>; false when no row has that sid.</summary>
    Task<bool> StatusAsync(string twilioSid, string status, int? errorCode, DateTimeOffset now, CancellationToken cancellationToken);
}
