namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Numbers written as digits or words, in English and Spanish: whole numbers, decimals, fractions, scales and
/// ratings such as "8", "ocho" or "like a seven".
/// </summary>
public sealed class NumberRecognizer
{
    public IReadOnlyList<NumberMatch> Recognize(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = NumberTokenizer.Tokenize(text, TextNormalizer.FoldInPlace(text), language == Languages.Spanish);
        return new NumberParser(tokens, text, language == Languages.Spanish)
            .Parse()
            .Select(n => new NumberMatch(n.Value, tokens[n.First].Start, tokens[n.Last].End - tokens[n.First].Start, text[tokens[n.First].Start..tokens[n.Last].End]))
            .ToList();
    }
}
