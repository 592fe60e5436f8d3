using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Topics;

/// <summary>
/// Other wordings of a line a conversation says more than once: resource keys <c>X</c>, <c>X.2</c>, <c>X.3</c> …
/// (numbered from 2, without gaps, in both languages). Each time the line is said the next wording is used, counted
/// per key in the conversation's <see cref="ConversationData.Values"/>, so the same wording never comes twice in a row
/// and a transcript knows which one comes: the first time <c>X</c>, then <c>X.2</c>, and round again.
/// </summary>
public static class LineVariants
{
    /// <summary>Where the counts are kept in <see cref="ConversationData.Values"/>: key → times said.</summary>
    public const string CountsKey = "lineVariants";

    private const int MostVariants = 9;

    /// <summary>The key of the wording to say now for the line <paramref name="key"/>, and counts it as said.</summary>
    public static string Next(ConversationData conversation, IStringLocalizer strings, string key)
    {
        var variants = Of(strings, key);
        if (variants.Count == 1)
        {
            return key;
        }

        if (conversation.Values[CountsKey] is not JsonObject counts)
        {
            counts = [];
            conversation.Values[CountsKey] = counts;
        }

        var said = counts[key]?.GetValue<int>() ?? 0;
        counts[key] = said + 1;
        return variants[said % variants.Count];
    }

    /// <summary><paramref name="key"/> and its other wordings, in the order they are said.</summary>
    public static IReadOnlyList<string> Of(IStringLocalizer strings, string key) =>
        [key, .. Enumerable.Range(2, MostVariants - 1).Select(n => key + "." + n.ToString(CultureInfo.InvariantCulture)).TakeWhile(variant => Exists(strings, variant))];

    /// <summary>Whether the content has the key (looked up in the neutral, English resources; both languages carry the same keys).</summary>
    private static bool Exists(IStringLocalizer strings, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return !strings[key].ResourceNotFound;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
