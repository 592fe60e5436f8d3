using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PuenteBot.Protocol;

namespace PuenteBot.Channels;

/// <summary>
/// Reads an activity a client sent as JSON, repairing what would otherwise lose the message: invalid UTF-8 (a
/// cut emoji) becomes U+FFFD, a <c>\u</c> escape of a lone surrogate becomes <c>\uFFFD</c>, and raw control
/// characters (never valid in JSON) become spaces. What is left is read as usual; the turn pipeline cleans the text.
/// </summary>
public static class InboundJson
{
    /// <summary>Far above any activity a channel sends (the text is cut to 4,000 characters later anyway).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public sealed record Read(Activity? Activity, bool TooLarge);

    public static async Task<Read> ReadAsync(HttpRequest request, JsonTypeInfo<Activity> type, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return new Read(null, TooLarge: true);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var body = result.Buffer;
            if (body.Length > MaxBytes)
            {
                reader.AdvanceTo(body.End);
                return new Read(null, TooLarge: true);
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                try
                {
                    return new Read(Parse(body, type), TooLarge: false);
                }
                finally
                {
                    reader.AdvanceTo(body.End);
                }
            }

            reader.AdvanceTo(body.Start, body.End);
        }
    }

    /// <summary>The activity in <paramref name="body"/>, or null when it is not one; repaired only when it needs it.</summary>
    private static Activity? Parse(ReadOnlySequence<byte> body, JsonTypeInfo<Activity> type)
    {
        byte[]? rented = null;
        try
        {
            ReadOnlySpan<byte> bytes;
            if (body.IsSingleSegment)
            {
                bytes = body.FirstSpan;
            }
            else
            {
                rented = ArrayPool<byte>.Shared.Rent((int)body.Length);
                body.CopyTo(rented);
                bytes = rented.AsSpan(0, (int)body.Length);
            }

            return JsonSerializer.Deserialize(NeedsRepair(bytes) ? Repair(bytes) : bytes, type);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Whether <see cref="Repair"/> could change the body: invalid UTF-8, a raw control character, or any <c>\u</c>
    /// escape (most bodies have none, and are read as they are).
    /// </summary>
    public static bool NeedsRepair(ReadOnlySpan<byte> body) =>
        !Utf8.IsValid(body) || body.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0 || body.IndexOf("\\u"u8) >= 0;

    /// <summary>The body as valid UTF-8 JSON text with no lone surrogate escapes and no raw control characters.</summary>
    public static byte[] Repair(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body);
        var repaired = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                i = Escape(text, i, repaired);
            }
            else
            {
                repaired.Append(c < ' ' ? ' ' : c);
            }
        }

        return Encoding.UTF8.GetBytes(repaired.ToString());
    }

    /// <summary>Copies the escape at <paramref name="at"/> (a backslash), repairing a lone surrogate; returns the index of its last character.</summary>
    private static int Escape(string text, int at, StringBuilder repaired)
    {
        if (text[at + 1] != 'u' || Hex(text, at + 2) is not { } unit)
        {
            repaired.Append(text, at, 2);
            return at + 1;
        }

        if (char.IsHighSurrogate(unit) && at + 12 <= text.Length && text[at + 6] == '\\' && text[at + 7] == 'u' && Hex(text, at + 8) is { } low && char.IsLowSurrogate(low))
        {
            repaired.Append(text, at, 12);
            return at + 11;
        }

        repaired.Append(char.IsSurrogate(unit) ? "\\uFFFD" : text.Substring(at, 6));
        return at + 5;
    }

    private static char? Hex(string text, int at) =>
        at + 4 <= text.Length && ushort.TryParse(text.AsSpan(at, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var value) ? (char)value : null;
}
