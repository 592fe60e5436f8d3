namespace PuenteBot.Dialogs.Recognizers;

/// <summary>English number words (folded), including fractions ("two thirds", "a hundredth") and dozens.</summary>
internal static class EnglishNumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] UnitOrdinals =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly (string Word, double Value)[] Scales =
    [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("lakh", 1e5), ("crore", 1e7),
    ];

    public static readonly Dictionary<string, NumberWord> Words = Build();

    private static Dictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal)
        {
            ["nought"] = new(NumberWordKind.Unit, 0), ["naught"] = new(NumberWordKind.Unit, 0), ["hundred"] = new(NumberWordKind.Hundred, 100),
            ["hundreds"] = new(NumberWordKind.Hundred, 100), ["dozen"] = new(NumberWordKind.Dozen, 12), ["dozens"] = new(NumberWordKind.Dozen, 12),
            ["dz"] = new(NumberWordKind.Dozen, 12), ["dzs"] = new(NumberWordKind.Dozen, 12), ["doz"] = new(NumberWordKind.Dozen, 12),
            ["dozs"] = new(NumberWordKind.Dozen, 12), ["half"] = new(NumberWordKind.Half, 2), ["halves"] = new(NumberWordKind.Denominator, 2, true),
            ["quarter"] = new(NumberWordKind.Denominator, 4), ["quarters"] = new(NumberWordKind.Denominator, 4, true),
            ["hundredth"] = new(NumberWordKind.Denominator, 100), ["hundredths"] = new(NumberWordKind.Denominator, 100, true),
            ["and"] = new(NumberWordKind.And, 0), ["point"] = new(NumberWordKind.Point, 0), ["minus"] = new(NumberWordKind.Minus, 0),
            ["negative"] = new(NumberWordKind.Minus, 0), ["a"] = new(NumberWordKind.Article, 1), ["an"] = new(NumberWordKind.Article, 1),
            ["over"] = new(NumberWordKind.Over, 0),
        };
        for (var i = 0; i < Units.Length; i++)
        {
            words[Units[i]] = new(NumberWordKind.Unit, i);
        }

        for (var i = 2; i < Tens.Length; i++)
        {
            words[Tens[i]] = new(NumberWordKind.Ten, i * 10);
            var ordinal = Tens[i][..^1] + "ieth";
            words[ordinal] = new(NumberWordKind.Denominator, i * 10);
            words[ordinal + "s"] = new(NumberWordKind.Denominator, i * 10, true);
        }

        for (var i = 3; i < UnitOrdinals.Length; i++)
        {
            words[UnitOrdinals[i]] = new(NumberWordKind.Denominator, i);
            words[UnitOrdinals[i] + "s"] = new(NumberWordKind.Denominator, i, true);
        }

        foreach (var (word, value) in Scales)
        {
            words[word] = new(NumberWordKind.Scale, value);
            words[word + "s"] = new(NumberWordKind.Scale, value);
            words[word + "th"] = new(NumberWordKind.Denominator, value);
            words[word + "ths"] = new(NumberWordKind.Denominator, value, true);
        }

        return words;
    }

    /// <summary>Ordinals that end a compound such as "twenty-first": first and second are only denominators there.</summary>
    public static bool TryCompoundOrdinal(string word, out NumberWord ordinal)
    {
        for (var i = 1; i < 10; i++)
        {
            if (word == UnitOrdinals[i] || word == UnitOrdinals[i] + "s")
            {
                ordinal = new(NumberWordKind.Denominator, i, word.EndsWith('s'));
                return true;
            }
        }

        ordinal = default;
        return false;
    }
}
