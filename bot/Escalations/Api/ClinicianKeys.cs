using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PuenteBot.Escalations.Api;

/// <summary>
/// The clinician API's Bearer keys (<c>Clinicians:ApiKeys</c>), kept as SHA-256 hashes and compared in constant time
/// against every key, so neither a key's content nor its position shows in the answer time.
/// </summary>
public sealed class ClinicianKeys(IOptions<ClinicianOptions> options)
{
    private readonly byte[][] hashes = [.. options.Value.ApiKeys.Select(Hash)];

    /// <summary>The 1-based number of the key <paramref name="authorization"/> carries ("Bearer KEY"), or null for none of them.</summary>
    public int? Match(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (hashes.Length == 0 || authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var presented = Hash(authorization[Scheme.Length..].Trim());
        int? found = null;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hashes[i]))
            {
                found ??= i + 1;
            }
        }

        return found;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
