using System.Net;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Parses Twilio's <c>application/x-www-form-urlencoded</c> body without refusing what ASP.NET Core's form reader
/// refuses (a NUL, broken UTF-8): every value is kept as sent, for the signature, and cleaned when it is read
/// (<see cref="TwilioRequest.Field"/>).
/// </summary>
public static class TwilioForm
{
    /// <summary>Far above any Twilio post (a message body is at most 1,600 characters).</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The form, or null when the body is over <see cref="MaxBytes"/>.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int count;
        while ((count = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + count > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, count);
        }

        return Parse(Encoding.ASCII.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    public static FormCollection Parse(string body)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            fields[name] = fields.TryGetValue(name, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
        }

        return new FormCollection(fields);
    }

    private static string Decode(string encoded) => WebUtility.UrlDecode(encoded) ?? string.Empty;
}
