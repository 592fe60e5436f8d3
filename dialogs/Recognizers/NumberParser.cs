namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Reads numbers from tokens: whole numbers, signs, fractions in digits ("3/4", "2 1/4") and words ("two thirds",
/// "a half", "one and a quarter", "cinco y medio"), decimals in words ("two point five", "siete coma cinco"),
/// ratios ("one over three", "1 in 21") and scales after fractions ("half a million").
/// </summary>
internal sealed class NumberParser(List<NumberToken> tokens, string text, bool spanish)
{
    private static readonly HashSet<string> PronounBefore = ["the", "this", "that", "which", "each", "every", "any", "no", "another", "other", "one"];

    public IEnumerable<(double Value, int First, int Last)> Parse()
    {
        for (var i = 0; i < tokens.Count;)
        {
            if (TryNumber(i, out var value, out var last))
            {
                yield return (value, i, last);
                i = last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    private bool TryNumber(int i, out double value, out int last)
    {
        var sign = tokens[i].Kind == NumberWordKind.Minus ? -1 : 1;
        var j = sign < 0 ? i + 1 : i;
        value = 0;
        last = j;
        if (j >= tokens.Count || IsPronounOne(j))
        {
            return false;
        }

        if (TryDigitFraction(j, out value, out last) || TryWhole(j, out value, out last) || TryBareFraction(j, out value, out last))
        {
            value *= sign;
            return true;
        }

        return false;
    }

    private bool IsPronounOne(int j) => !spanish && tokens[j].Text == "one" && j > 0 && PronounBefore.Contains(tokens[j - 1].Text) && tokens[j - 1].End + 1 >= tokens[j].Start;

    private bool TryDigitFraction(int j, out double value, out int last)
    {
        value = 0;
        last = j;
        if (tokens[j].Literal is not { } whole)
        {
            return false;
        }

        if (IsRatio(j) && !GluedAfterDigits(j))
        {
            (value, last) = (whole / tokens[j + 2].Value, j + 2);
            return true;
        }

        if (j + 1 < tokens.Count && tokens[j + 1].Literal is not null && IsRatio(j + 1) && whole == Math.Floor(whole) && text[tokens[j].End] == ' ' && !GluedAfterDigits(j))
        {
            (value, last) = (whole + (tokens[j + 1].Value / tokens[j + 3].Value), j + 3);
            return true;
        }

        return false;
    }

    /// <summary>Digits right after other digits and a dash or slash are part of a phone number or a date, not a fraction.</summary>
    private bool GluedAfterDigits(int j)
    {
        var start = tokens[j].Start;
        return start >= 2 && text[start - 1] is '-' or '/' && char.IsAsciiDigit(text[start - 2]);
    }

    private bool IsRatio(int j) =>
        j + 2 < tokens.Count && tokens[j + 1].Text == "/" && tokens[j + 2].Literal is > 0
        && tokens[j + 1].Start == tokens[j].End && tokens[j + 2].Start == tokens[j + 1].End
        && !(j + 3 < tokens.Count && tokens[j + 3].Text == "/");

    private bool TryWhole(int j, out double value, out int last)
    {
        value = 0;
        last = j;
        if (NumberCardinal.Read(tokens, j, spanish) is not { } card)
        {
            return false;
        }

        (value, last) = (card.Value, card.Last);
        var next = card.Last + 1;
        if (!card.DigitsOnly && TryDenominator(next, card.Value, out var denominator, out var end))
        {
            (value, last) = (card.Value / denominator, end);
            if (end + 3 < tokens.Count && tokens[end + 1].Text == "of" && tokens[end + 2].Kind == NumberWordKind.Article && tokens[end + 3].Kind == NumberWordKind.Scale)
            {
                (value, last) = (value * tokens[end + 3].Value, end + 3);
            }

            return true;
        }

        if (next < tokens.Count && tokens[next].Kind is NumberWordKind.And or NumberWordKind.Point && TryFractionPart(next + 1, out var fraction, out end))
        {
            (value, last) = (card.Value + (fraction * (card.EndsWithScale ? card.LastScale : 1)), end);
            if (end + 1 < tokens.Count && tokens[end + 1].Kind == NumberWordKind.Scale)
            {
                var scale = tokens[end + 1].Value;
                (value, last) = (card.EndsWithScale ? card.Value + (fraction * scale) : (card.Value + fraction) * scale, end + 1);
            }

            return true;
        }

        if (next < tokens.Count && tokens[next].Kind == NumberWordKind.Point && TryDecimals(next + 1, out var decimals, out end))
        {
            (value, last) = (card.Value + decimals, end);
            return true;
        }

        if (TryRatio(next, card.Value, out var ratio, out end))
        {
            (value, last) = (ratio, end);
        }

        return true;
    }

    /// <summary>"fifths", "twenty-firsts", "medio" after a numerator; the numerator must agree in number ("one fifth", "two fifths").</summary>
    private bool TryDenominator(int k, double numerator, out double denominator, out int end)
    {
        denominator = 0;
        end = k;
        if (k >= tokens.Count)
        {
            return false;
        }

        var word = tokens[k].Word;
        if (word?.Kind == NumberWordKind.Ten && k + 1 < tokens.Count && tokens[k + 1].Word is { Kind: NumberWordKind.Denominator, Value: < 10 } unit)
        {
            (denominator, end) = (word.Value.Value + unit.Value, k + 1);
            return Agrees(numerator, unit.Plural);
        }

        if (word?.Kind == NumberWordKind.Half && numerator == 1)
        {
            (denominator, end) = (2, k);
            return true;
        }

        if (word?.Kind != NumberWordKind.Denominator)
        {
            return false;
        }

        (denominator, end) = (word.Value.Value, k);
        return (denominator >= 3 || tokens[k].Text is "halves" or "medios") && Agrees(numerator, word.Value.Plural);
    }

    private static bool Agrees(double numerator, bool plural) => numerator == 1 ? !plural : plural;

    /// <summary>The fraction after "and" / "y" / "con": "a half", "three fifths", "medio", "un cuarto".</summary>
    private bool TryFractionPart(int k, out double fraction, out int end)
    {
        fraction = 0;
        end = k;
        if (k >= tokens.Count)
        {
            return false;
        }

        if (tokens[k].Kind == NumberWordKind.Half)
        {
            (fraction, end) = (0.5, k);
            return true;
        }

        var numerator = tokens[k].Kind == NumberWordKind.Article ? new NumberCardinal(1, k, 0, false, false) : NumberCardinal.Read(tokens, k, spanish);
        if (numerator is not { DigitsOnly: false } n || !TryDenominator(n.Last + 1, n.Value, out var denominator, out end))
        {
            return false;
        }

        fraction = n.Value / denominator;
        return true;
    }

    /// <summary>Digits after "point" / "coma" / "con": "zero three" is .03, "seventy-one" is .71, "quinientos doce" is .512.</summary>
    private bool TryDecimals(int k, out double decimals, out int end)
    {
        var digits = new System.Text.StringBuilder();
        end = k - 1;
        while (k < tokens.Count && NumberCardinal.Read(tokens, k, spanish) is { } part && tokens[k].Kind != NumberWordKind.Article)
        {
            var single = tokens[k].Kind == NumberWordKind.Unit && tokens[k].Value < 10;
            digits.Append(single ? ((int)tokens[k].Value).ToString(System.Globalization.CultureInfo.InvariantCulture) : part.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            end = single ? k : part.Last;
            k = end + 1;
        }

        decimals = digits.Length == 0 ? 0 : double.Parse("0." + digits, System.Globalization.CultureInfo.InvariantCulture);
        return digits.Length > 0;
    }

    /// <summary>"one over three", "1 out of 3", "uno sobre tres"; "in" and "out of" only when the first is the smaller.</summary>
    private bool TryRatio(int k, double numerator, out double ratio, out int end)
    {
        ratio = 0;
        end = k;
        if (k >= tokens.Count)
        {
            return false;
        }

        var over = tokens[k].Kind == NumberWordKind.Over;
        var outOf = !spanish && tokens[k].Text == "out" && k + 1 < tokens.Count && tokens[k + 1].Text == "of";
        var inWord = !spanish && tokens[k].Text == "in";
        var at = outOf ? k + 2 : k + 1;
        if (!(over || outOf || inWord) || NumberCardinal.Read(tokens, at, spanish) is not { } denominator || denominator.Value == 0)
        {
            return false;
        }

        var followedByWord = denominator.Last + 1 < tokens.Count && tokens[denominator.Last + 1].Word is null && char.IsLetter(tokens[denominator.Last + 1].Text[0]);
        if ((over && followedByWord) || (!over && numerator >= denominator.Value))
        {
            return false;
        }

        (ratio, end) = (numerator / denominator.Value, denominator.Last);
        return true;
    }

    /// <summary>Fractions with no whole number before them: "a fifth", "a twenty-first", "half", "half a dozen", "quarter million".</summary>
    private bool TryBareFraction(int j, out double value, out int last)
    {
        value = 0;
        last = j;
        var kind = tokens[j].Kind;
        if (kind == NumberWordKind.Article && TryDenominator(j + 1, 1, out var denominator, out last))
        {
            value = 1 / denominator;
        }
        else if (kind == NumberWordKind.Half || (kind == NumberWordKind.Denominator && tokens[j].Value == 4 && j + 1 < tokens.Count && tokens[j + 1].Kind == NumberWordKind.Scale))
        {
            value = 1 / tokens[j].Value;
        }
        else
        {
            return false;
        }

        var next = last + 1;
        if (next + 1 < tokens.Count && tokens[next].Kind == NumberWordKind.Article && tokens[next + 1].Kind is NumberWordKind.Dozen or NumberWordKind.Scale)
        {
            next++;
        }

        if (next < tokens.Count && tokens[next].Kind is NumberWordKind.Dozen or NumberWordKind.Scale)
        {
            (value, last) = (value * tokens[next].Value, next);
        }

        return true;
    }
}
