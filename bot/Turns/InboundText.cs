using System.Text;
using PuenteBot.Protocol;

namespace PuenteBot.Turns;

/// <summary>
/// Makes inbound text safe to process and store: broken UTF-16 (lone surrogates) becomes U+FFFD, control
/// characters other than line breaks and tabs go, and very long text is cut to <see cref="MaxLength"/>.
/// </summary>
public static class InboundText
{
    /// <summary>Longer than any SMS thread or chat message a caregiver writes (ten concatenated SMS are 1,530).</summary>
    public const int MaxLength = 4000;

    public static void Clean(Activity activity)
    {
        if (activity.Text is { } text)
        {
            activity.Text = Clean(text);
        }
    }

    public static string Clean(string text)
    {
        var length = Math.Min(text.Length, MaxLength);
        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!char.IsControl(c) || c is '\n' or '\r' or '\t')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
