using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Turns a phone number into the family's conversation id: "sms-" and an HMAC-SHA-256 of the number keyed with a
/// secret salt, so the same phone finds the same conversation on every visit while ids, logs and state never
/// hold the number. The salt is <c>Sms:PhoneHashSalt</c>, or a random one made once and kept in the database.
/// </summary>
public sealed class SmsIdentity(IOptions<SmsOptions> options, ISmsStore store)
{
    public const string Prefix = "sms-";
    private const string SaltSetting = "phone_hash_salt";

    private byte[]? salt;

    public async Task<string> ConversationIdAsync(string phone, CancellationToken cancellationToken)
    {
        salt ??= await LoadSaltAsync(cancellationToken);
        var hash = HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(Normalize(phone)));
        return Prefix + Convert.ToHexStringLower(hash, 0, 16);
    }

    /// <summary>Twilio sends E.164 (+15005550006); spaces around it are the only variation trimmed.</summary>
    public static string Normalize(string phone) => phone.Trim();

    private async Task<byte[]> LoadSaltAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.PhoneHashSalt;
        var text = configured.Length > 0
            ? configured
            : await store.GetOrAddSettingAsync(SaltSetting, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken);
        return Encoding.UTF8.GetBytes(text);
    }
}
