namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A whole number read from tokens ("two hundred and six", "4 thousand 3 hundred", "dos mil millones"):
/// its value, the last token it used, the last scale word in it and whether it was written only in digits.
/// </summary>
internal readonly record struct NumberCardinal(double Value, int Last, double LastScale, bool EndsWithScale, bool DigitsOnly)
{
    /// <summary>Reads the longest whole number that starts at <paramref name="first"/>; null when none starts there.</summary>
    public static NumberCardinal? Read(List<NumberToken> tokens, int first, bool spanish)
    {
        double total = 0, segment = 0, current = 0, maxScale = 0, lastScale = 0;
        NumberWordKind? previous = null;
        var last = -1;
        var digitsOnly = true;
        for (var k = first; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var kind = t.Literal is not null ? (NumberWordKind?)null : t.Kind;
            if (kind == NumberWordKind.And)
            {
                if (!JoinsAfterAnd(tokens, k, previous, current, spanish))
                {
                    break;
                }

                continue;
            }

            var isStart = last < 0;
            var accepted = (t.Literal, kind) switch
            {
                (not null, _) => isStart || previous is NumberWordKind.Scale or NumberWordKind.Hundred,
                (_, NumberWordKind.Unit) => previous is null or NumberWordKind.Hundred or NumberWordKind.Hundreds or NumberWordKind.Scale || (previous == NumberWordKind.Ten && t.Value < 10),
                (_, NumberWordKind.Ten) => previous is null or NumberWordKind.Hundred or NumberWordKind.Hundreds or NumberWordKind.Scale,
                (_, NumberWordKind.Hundreds) => current == 0,
                (_, NumberWordKind.Hundred) => previous is NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Article,
                (_, NumberWordKind.Scale) => true,
                (_, NumberWordKind.Dozen) => !isStart,
                (_, NumberWordKind.Article) => isStart && k + 1 < tokens.Count && tokens[k + 1].Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen,
                _ => false,
            };
            if (!accepted)
            {
                break;
            }

            digitsOnly &= t.Literal is not null || kind is NumberWordKind.Scale or NumberWordKind.Hundred or NumberWordKind.Dozen;
            switch (kind)
            {
                case NumberWordKind.Hundred:
                    current = (current == 0 ? 1 : current) * 100;
                    break;
                case NumberWordKind.Dozen:
                    current = (current == 0 ? 1 : current) * 12;
                    break;
                case NumberWordKind.Scale:
                    var n = current == 0 ? (previous == NumberWordKind.Scale ? 0 : 1) : current;
                    if (t.Value > maxScale)
                    {
                        total = (total + segment + n) * t.Value;
                        (maxScale, segment) = (t.Value, 0);
                    }
                    else
                    {
                        segment = t.Value > lastScale ? (segment + n) * t.Value : segment + (n * t.Value);
                    }

                    (current, lastScale) = (0, t.Value);
                    break;
                case NumberWordKind.Article:
                    break;
                default:
                    current += t.Value;
                    break;
            }

            previous = kind ?? NumberWordKind.Unit;
            last = k;
        }

        return last < 0 || tokens[last].Kind == NumberWordKind.Article
            ? null
            : new NumberCardinal(total + segment + current, last, lastScale, tokens[last].Kind == NumberWordKind.Scale, digitsOnly);
    }

    /// <summary>"and" / "y" joins two parts of one number ("one hundred and six", "cuarenta y siete", "dos mil y cuatro docenas").</summary>
    private static bool JoinsAfterAnd(List<NumberToken> tokens, int k, NumberWordKind? previous, double current, bool spanish)
    {
        if (k + 1 >= tokens.Count || !tokens[k + 1].IsValue || tokens[k + 1].Value == 0)
        {
            return false;
        }

        var next = tokens[k + 1];
        var after = k + 2 < tokens.Count ? tokens[k + 2].Kind : null;
        if ((!spanish && after is NumberWordKind.Denominator or NumberWordKind.Half) || (after == NumberWordKind.Hundred && current >= 100))
        {
            return false;
        }

        return spanish
            ? (previous == NumberWordKind.Ten && next.Kind == NumberWordKind.Unit && next.Value < 10) || previous == NumberWordKind.Scale
            : previous is NumberWordKind.Hundred or NumberWordKind.Scale;
    }
}
