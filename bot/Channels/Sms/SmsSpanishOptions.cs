namespace PuenteBot.Channels.Sms;

/// <summary>The <c>Sms:Spanish</c> section: how Spanish replies are written on SMS.</summary>
public sealed class SmsSpanishOptions
{
    /// <summary>
    /// Send Spanish in GSM-7 only (á→a, í→i, ó→o, ú→u, curly quotes straight; ñ, é, ü, ¿, ¡ kept, as GSM-7 has
    /// them), so every part costs GSM-7 segments (153–160 characters instead of 67–70). Off by default: Spanish keeps
    /// its accents.
    /// </summary>
    public bool Gsm7Only { get; set; }
}
