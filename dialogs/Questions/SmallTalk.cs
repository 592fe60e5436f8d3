using System.Globalization;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Questions;

/// <summary>
/// A whole message that only thanks, says goodbye, agrees ("ok", 👍) or shows a feeling with emoji (😭😭😭), in either
/// language: a prompt that did not take it as an answer replies to it instead of asking again as if it were a miss.
/// </summary>
public static class SmallTalk
{
    public const string Thanks = "thanks";
    public const string Goodbye = "goodbye";
    public const string Okay = "okay";
    public const string Distress = "distress";

    private const int MaxWords = 6;

    private static readonly HashSet<string> ThanksWords =
        ["thanks", "thank", "you", "u", "so", "much", "very", "a", "lot", "appreciate", "it", "gracias", "muchas", "mil", "muy", "amable", "le", "agradezco", "se", "lo", "te", "many"];

    private static readonly HashSet<string> GoodbyeWords =
        ["bye", "goodbye", "good", "night", "see", "you", "later", "take", "care", "adios", "hasta", "luego", "manana", "pronto", "nos", "vemos", "chao", "chau", "cuidese", "cuidate", "buenas", "noches"];

    private static readonly HashSet<string> OkayWords =
        ["ok", "okay", "okey", "oki", "k", "kk", "alright", "cool", "got", "it", "entendido", "bueno", "va", "sale", "vale", "listo", "perfecto", "esta", "bien"];

    private static readonly HashSet<string> ThanksEmoji = ["🙏", "❤", "❤️", "💕", "💖", "💗", "🥰", "😍", "🤗"];

    private static readonly HashSet<string> DistressEmoji = ["😭", "😢", "😞", "😔", "😟", "😥", "😰", "😩", "😫", "💔", "☹", "☹️", "🙁", "😿", "🥺", "😓", "😣", "😖"];

    /// <summary>The kind of small talk the whole message is, or null when it says anything more.</summary>
    public static string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = NormalizedText.Words(text);
        var emoji = Emoji(text);
        if (words.Length > MaxWords || words.Length == 0 && emoji.Count == 0)
        {
            return null;
        }

        if (emoji.Any(DistressEmoji.Contains) && words.Length == 0)
        {
            return Distress;
        }

        if (words.Length == 0)
        {
            return emoji.Any(ThanksEmoji.Contains) ? Thanks : Okay;
        }

        return words.Any(w => w is "thanks" or "thank" or "gracias" or "appreciate" or "agradezco") && words.All(ThanksWords.Contains) ? Thanks
            : words.All(GoodbyeWords.Contains) && words.Any(w => w is not ("you" or "good" or "buenas")) ? Goodbye
            : words.All(OkayWords.Contains) ? Okay
            : null;
    }

    /// <summary>The pictographs in the text (anything that is neither a letter, a digit, punctuation nor a space).</summary>
    private static List<string> Emoji(string text)
    {
        var found = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var category = CharUnicodeInfo.GetUnicodeCategory(element, 0);
            if (category is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.ModifierSymbol)
            {
                found.Add(element);
            }
        }

        return found;
    }
}
