using System.Globalization;

namespace PuenteBot.Channels.DirectLine;

/// <summary>Watermarks are the count of activities a client has seen; empty or unreadable means "from the start".</summary>
public static class Watermark
{
    public static int Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
}
