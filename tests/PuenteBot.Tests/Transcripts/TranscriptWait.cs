using System.Globalization;

namespace PuenteBot.Tests.Transcripts;

/// <summary>A <c>wait:</c> value: a number with d, h or m (2d, 3h, 30m), or a time span (08:30:00).</summary>
public static class TranscriptWait
{
    public static TimeSpan Parse(string wait)
    {
        var amount = wait[..^1];
        return wait[^1] switch
        {
            'd' => TimeSpan.FromDays(double.Parse(amount, CultureInfo.InvariantCulture)),
            'h' => TimeSpan.FromHours(double.Parse(amount, CultureInfo.InvariantCulture)),
            'm' => TimeSpan.FromMinutes(double.Parse(amount, CultureInfo.InvariantCulture)),
            _ => TimeSpan.Parse(wait, CultureInfo.InvariantCulture),
        };
    }
}
