namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Spanish number words (folded): cardinals to the billón (10^12), fractions (tercios, quintos, the -avos and
/// -ésimos, also written as one word: "veintiunavos", "dosmilésimos") and docenas.
/// </summary>
internal static class SpanishNumberWords
{
    private static readonly string[] Units =
    [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce",
        "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro",
        "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve",
    ];

    private static readonly string[] Tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];

    private static readonly string[] Hundreds =
    [
        "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos",
    ];

    private static readonly string[] Fractions = ["", "", "medio", "tercio", "cuarto", "quinto", "sexto", "septimo", "octavo", "noveno", "decimo"];

    private static readonly (string Stem, double Value)[] Powers = [("cent", 100), ("mil", 1e3), ("millon", 1e6), ("billon", 1e12)];

    public static readonly Dictionary<string, NumberWord> Words = Build();

    private static Dictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal)
        {
            ["un"] = new(NumberWordKind.Unit, 1), ["una"] = new(NumberWordKind.Unit, 1), ["veintiun"] = new(NumberWordKind.Unit, 21),
            ["veintiuna"] = new(NumberWordKind.Unit, 21), ["cien"] = new(NumberWordKind.Hundreds, 100), ["mil"] = new(NumberWordKind.Scale, 1e3),
            ["millon"] = new(NumberWordKind.Scale, 1e6), ["millones"] = new(NumberWordKind.Scale, 1e6), ["billon"] = new(NumberWordKind.Scale, 1e12),
            ["billones"] = new(NumberWordKind.Scale, 1e12), ["docena"] = new(NumberWordKind.Dozen, 12), ["docenas"] = new(NumberWordKind.Dozen, 12),
            ["dz"] = new(NumberWordKind.Dozen, 12), ["dzs"] = new(NumberWordKind.Dozen, 12), ["dozs"] = new(NumberWordKind.Dozen, 12),
            ["y"] = new(NumberWordKind.And, 0), ["con"] = new(NumberWordKind.Point, 0), ["coma"] = new(NumberWordKind.Point, 0),
            ["menos"] = new(NumberWordKind.Minus, 0), ["sobre"] = new(NumberWordKind.Over, 0), ["mitad"] = new(NumberWordKind.Half, 2),
            ["media"] = new(NumberWordKind.Half, 2), ["medio"] = new(NumberWordKind.Half, 2), ["medios"] = new(NumberWordKind.Denominator, 2, true),
        };
        for (var i = 0; i < Units.Length; i++)
        {
            words[Units[i]] = new(NumberWordKind.Unit, i);
        }

        for (var i = 3; i < Tens.Length; i++)
        {
            words[Tens[i]] = new(NumberWordKind.Ten, i * 10);
        }

        for (var i = 1; i < Hundreds.Length; i++)
        {
            words[Hundreds[i]] = new(NumberWordKind.Hundreds, i * 100);
            words[Hundreds[i][..^2] + "as"] = new(NumberWordKind.Hundreds, i * 100);
        }

        for (var i = 3; i < Fractions.Length; i++)
        {
            foreach (var ending in new[] { "", "s", "a", "as" }.Select(e => Fractions[i][..^1] + (e.StartsWith('a') ? e : "o" + e)))
            {
                words[ending] = new(NumberWordKind.Denominator, i, ending.EndsWith('s'));
            }
        }

        return words;
    }

    /// <summary>A one-word denominator such as "veintiunavos", "treintavo", "centésimas" or "dosmilésimos".</summary>
    public static bool TryDenominator(string word, out NumberWord denominator)
    {
        denominator = default;
        var plural = word.EndsWith('s');
        var stem = plural ? word[..^1] : word;
        if (stem.Length < 4 || stem[^1] is not ('o' or 'a'))
        {
            return false;
        }

        stem = stem[..^1];
        double value;
        if (stem.EndsWith("esim", StringComparison.Ordinal))
        {
            var power = Powers.FirstOrDefault(p => stem[..^4].EndsWith(p.Stem, StringComparison.Ordinal));
            if (power.Stem is null)
            {
                return false;
            }

            var prefix = stem[..^(4 + power.Stem.Length)];
            var multiplier = prefix.Length == 0 ? 1 : Glued(prefix);
            value = multiplier * power.Value;
        }
        else if (stem.EndsWith("av", StringComparison.Ordinal))
        {
            var number = stem[..^2];
            value = Glued(number) is > 0 and var direct ? direct : Glued(number + "a") is > 0 and var elided ? elided : Glued(number + "e");
        }
        else
        {
            return false;
        }

        denominator = new NumberWord(NumberWordKind.Denominator, value, plural);
        return value > 0;
    }

    /// <summary>A number written as one word of Spanish number words ("veinticinco", "treintaicinco", "cientocinco", "milcinco"); 0 if not.</summary>
    private static double Glued(string text)
    {
        double total = 0, current = 0;
        var rest = text;
        while (rest.Length > 0)
        {
            var word = Words.Keys.Where(k => rest.StartsWith(k, StringComparison.Ordinal) && Words[k].Kind is NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Hundreds or NumberWordKind.Scale)
                .OrderByDescending(k => k.Length).FirstOrDefault();
            if (word is null)
            {
                if (rest[0] is 'i' or 'y' && current > 0)
                {
                    rest = rest[1..];
                    continue;
                }

                return 0;
            }

            var found = Words[word];
            rest = rest[word.Length..];
            if (found.Kind == NumberWordKind.Scale)
            {
                total += (current == 0 ? 1 : current) * found.Value;
                current = 0;
            }
            else
            {
                current += found.Value;
            }
        }

        return total + current;
    }
}
