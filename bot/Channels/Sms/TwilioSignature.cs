using System.Security.Cryptography;
using System.Text;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Twilio's request signature: HMAC-SHA1, keyed with the auth token, over the full URL Twilio called followed by
/// every form parameter, sorted by name in ordinal order, each name then its value; base64. A name with several
/// values contributes each distinct value, in ordinal order. Checked for the URL as received, without its port,
/// and with the scheme's default port (:443, :80), as Twilio's own libraries do; compared in constant time.
/// </summary>
public static class TwilioSignature
{
    public const string Header = "X-Twilio-Signature";

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, values) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var value in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(name).Append(value);
            }
        }

        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(mac);
    }

    public static bool IsValid(string authToken, string? signature, string url, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> parameters)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(signature);
        var valid = false;
        foreach (var candidate in UrlVariants(url))
        {
            var expected = Encoding.UTF8.GetBytes(Compute(authToken, candidate, parameters));
            valid |= CryptographicOperations.FixedTimeEquals(expected, given);
        }

        return valid;
    }

    /// <summary>The URL as given, and the same URL without its port, or with the default port when it had none.</summary>
    public static IEnumerable<string> UrlVariants(string url)
    {
        yield return url;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            yield break;
        }

        var scheme = url[..schemeEnd].ToLowerInvariant();
        var port = scheme switch { "https" => ":443", "http" => ":80", _ => null };
        var hostStart = schemeEnd + 3;
        var hostEnd = url.IndexOfAny(['/', '?', '#'], hostStart) is var end and >= 0 ? end : url.Length;
        var authority = url[hostStart..hostEnd];
        var hostAndPort = authority[(authority.LastIndexOf('@') + 1)..];
        var colon = hostAndPort.LastIndexOf(':');
        if (colon >= 0 && !hostAndPort.EndsWith(']'))
        {
            yield return url[..(hostEnd - (hostAndPort.Length - colon))] + url[hostEnd..];
        }
        else if (port is not null)
        {
            yield return url[..hostEnd] + port + url[hostEnd..];
        }
    }
}
