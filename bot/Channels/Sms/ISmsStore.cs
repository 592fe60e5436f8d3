namespace PuenteBot.Channels.Sms;

/// <summary>
/// The SMS channel's own tables, on either database: phone numbers by conversation (the only place they are kept),
/// the MessageSids already taken (the primary key makes a re-delivered message processed once, across instances),
/// and the per-install phone-hash salt.
/// </summary>
public interface ISmsStore
{
    /// <summary>True the first time a MessageSid is seen; false for a duplicate delivery.</summary>
    Task<bool> TryClaimMessageAsync(string messageSid, string conversationId, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose turn failed, so Twilio's retry of the same message is processed.</summary>
    Task ReleaseMessageAsync(string messageSid, CancellationToken cancellationToken);

    Task SaveContactAsync(SmsContact contact, CancellationToken cancellationToken);

    Task<SmsContact?> FindContactAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The setting <paramref name="name"/>, written first with <paramref name="create"/>'s value if it is not there yet.</summary>
    Task<string> GetOrAddSettingAsync(string name, Func<string> create, CancellationToken cancellationToken);
}
