namespace PuenteBot.Reports.Outcomes;

/// <summary>
/// The columns every outcome figure is split into: all, then by language (en, es), then by channel (sms; webchat for
/// Direct Line and Web Chat; other for any other Bot Framework channel). A fact with no known language counts in all
/// and its channel only; one with no known channel in all and its language only.
/// </summary>
public static class OutcomeSegments
{
    public const string All = "all";

    public const string Sms = "sms";

    public const string WebChat = "webchat";

    public const string Other = "other";

    private static readonly string[] Order = [All, "en", "es", Sms, WebChat, Other];

    /// <summary>The segments in the order of every figure's cells.</summary>
    public static IReadOnlyList<string> Names => Order;

    public static int IndexOf(string segment) =>
        Array.IndexOf(Order, segment) is var index and >= 0 ? index : throw new ArgumentOutOfRangeException(nameof(segment), segment, "not a segment");

    /// <summary>The segments (indexes into <see cref="Names"/>) a fact of this language and channel counts in.</summary>
    public static IReadOnlyList<int> Of(string? language, string? channel)
    {
        var segments = new List<int> { 0 };
        if (language is "en" or "es")
        {
            segments.Add(IndexOf(language));
        }

        if (Channel(channel) is { } bucket)
        {
            segments.Add(IndexOf(bucket));
        }

        return segments;
    }

    /// <summary>sms, webchat (directline, webchat) or other; null when the channel is not known.</summary>
    public static string? Channel(string? channel) => channel switch
    {
        null or "" or "unknown" => null,
        "sms" => Sms,
        "directline" or "webchat" => WebChat,
        _ => Other,
    };
}
