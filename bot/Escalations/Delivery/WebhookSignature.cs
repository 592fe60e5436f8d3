using System.Security.Cryptography;
using System.Text;

namespace PuenteBot.Escalations.Delivery;

/// <summary><c>X-PuenteBot-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 of the exact body bytes under the shared secret.</summary>
public static class WebhookSignature
{
    public const string Header = "X-PuenteBot-Signature";
    public const string Prefix = "sha256=";

    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header));
}
