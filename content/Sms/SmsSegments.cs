using System.Collections.Frozen;

namespace PuenteBot.Content.Sms;

/// <summary>How a text message is encoded on the air: GSM-7 when every character allows it, else UCS-2.</summary>
public enum SmsEncoding
{
    Gsm7,
    Ucs2,
}

/// <summary>The encoding, the units it costs (septets or UTF-16 units) and how many segments it is sent in.</summary>
public readonly record struct SmsSegmentCount(SmsEncoding Encoding, int Units, int Segments);

/// <summary>
/// Counts SMS segments as carriers do (3GPP TS 23.038): GSM-7 fits 160 septets in one message or 153 per part,
/// UCS-2 fits 70 units or 67 per part. Extension-table characters cost two septets and, like surrogate pairs,
/// are never split between parts.
/// </summary>
public static class SmsSegments
{
    public const int Gsm7Single = 160;
    public const int Gsm7Part = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2Part = 67;

    private static readonly FrozenSet<char> Basic =
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
         + "abcdefghijklmnopqrstuvwxyzäöñüà").ToFrozenSet();

    private static readonly FrozenSet<char> Extension = "\f^{}\\[~]|€".ToFrozenSet();

    /// <summary>Whether the character is in GSM-7's basic table or its extension table.</summary>
    public static bool IsGsm7(char c) => Basic.Contains(c) || Extension.Contains(c);

    public static SmsSegmentCount Count(string text)
    {
        var gsm = Gsm7Costs(text);
        return gsm is null
            ? Pack(text.EnumerateRunes().Select(r => r.Utf16SequenceLength), SmsEncoding.Ucs2, Ucs2Single, Ucs2Part)
            : Pack(gsm, SmsEncoding.Gsm7, Gsm7Single, Gsm7Part);
    }

    private static List<int>? Gsm7Costs(string text)
    {
        var costs = new List<int>(text.Length);
        foreach (var c in text)
        {
            if (Basic.Contains(c))
            {
                costs.Add(1);
            }
            else if (Extension.Contains(c))
            {
                costs.Add(2);
            }
            else
            {
                return null;
            }
        }

        return costs;
    }

    private static SmsSegmentCount Pack(IEnumerable<int> costs, SmsEncoding encoding, int single, int part)
    {
        var list = costs.ToList();
        var units = list.Sum();
        if (units <= single)
        {
            return new(encoding, units, 1);
        }

        var segments = 1;
        var used = 0;
        foreach (var cost in list)
        {
            if (used + cost > part)
            {
                segments++;
                used = 0;
            }

            used += cost;
        }

        return new(encoding, units, segments);
    }
}
