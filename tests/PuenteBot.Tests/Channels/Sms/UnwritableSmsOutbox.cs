using PuenteBot.Channels.Sms;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>The real outbox, except that nothing can be queued: the database refuses writes (a full disk, an outage).</summary>
public sealed class UnwritableSmsOutbox(ISmsOutbox inner) : ISmsOutbox
{
    public Task EnqueueAsync(SmsDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken) =>
        throw new TimeoutException("The database takes no writes (staged).");

    public Task<SmsOutboxMessage?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => inner.ClaimNextAsync(now, lease, cancellationToken);

    public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken) => inner.NextDueAtAsync(cancellationToken);

    public Task SentAsync(long id, string? twilioSid, DateTimeOffset now, CancellationToken cancellationToken) => inner.SentAsync(id, twilioSid, now, cancellationToken);

    public Task RetryAsync(long id, SmsSendFailure failure, DateTimeOffset retryAt, CancellationToken cancellationToken) => inner.RetryAsync(id, failure, retryAt, cancellationToken);

    public Task<int> AbandonAsync(SmsOutboxMessage message, string state, SmsSendFailure failure, CancellationToken cancellationToken) => inner.AbandonAsync(message, state, failure, cancellationToken);

    public Task<int> OptedOutAsync(string conversationId, CancellationToken cancellationToken) => inner.OptedOutAsync(conversationId, cancellationToken);

    public Task<bool> StatusAsync(string twilioSid, string status, int? errorCode, DateTimeOffset now, CancellationToken cancellationToken) => inner.StatusAsync(twilioSid, status, errorCode, now, cancellationToken);
}
