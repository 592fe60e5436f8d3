using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Disclosure;

/// <summary>
/// When PuenteBot says plainly that it is an automated assistant, not a person (Utah HB 452, California SB 243,
/// New York GBL art. 47, Washington HB 2225): at first use, when a family comes back after
/// <see cref="ReturnAfter"/> away, every <see cref="Every"/> of continuing conversation, and whenever asked
/// (<see cref="AssistantQuestion"/>). The time it last said so is kept in the conversation's values.
/// </summary>
public static class AiDisclosure
{
    public const string DisclosedAtKey = "aiDisclosedAt";

    public static readonly TimeSpan ReturnAfter = TimeSpan.FromDays(7);

    public static readonly TimeSpan Every = TimeSpan.FromHours(3);

    public static DateTimeOffset? DisclosedAt(ConversationData conversation) =>
        conversation.Values[DisclosedAtKey] is { } value && DateTimeOffset.TryParse((string?)value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;

    /// <summary>True when the notice is due at <paramref name="now"/>: never said, a family back after a week, or three hours since.</summary>
    public static bool IsDue(ConversationData conversation, DateTimeOffset now) =>
        DisclosedAt(conversation) is not { } at
        || now - at >= Every
        || conversation.LastMessageAt is { } last && now - last >= ReturnAfter;

    public static void Disclosed(ConversationData conversation, DateTimeOffset now) =>
        conversation.Values[DisclosedAtKey] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
