namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Tells English from Spanish in short, informal messages, without accents and with texting forms; a message that
/// mixes both gets the language of most of its words.
/// </summary>
public sealed class LanguageRecognizer
{
    private const double PatternWeight = 0.3;

    public LanguageResult Detect(string? text) => Detect(text, NormalizedText.Of(text));

    /// <summary>The same, given the text already passed through <see cref="NormalizedText.Of"/> as well.</summary>
    internal LanguageResult Detect(string? text, string normalized)
    {
        var (es, en) = Score(text, normalized);
        if (Math.Abs(es - en) < 0.01)
        {
            return new LanguageResult(null, 0);
        }

        var total = es + en;
        return es > en
            ? new LanguageResult(Languages.Spanish, es / total)
            : new LanguageResult(Languages.English, en / total);
    }

    /// <summary>
    /// The language to answer in: the caregiver's <paramref name="current"/> one stays unless they ask for the other
    /// ("español", "English please") or write a message that is clearly in it.
    /// </summary>
    /// <summary>The language the caregiver asks for ("español", "english please", "can we talk in English"), or null.</summary>
    public string? Requested(string? text)
    {
        var normalized = NormalizedText.Of(text);
        var words = string.Join(' ', NormalizedText.WordsOf(normalized));
        if (!IntentLexicon.LanguageAlone.Contains(words) && !IntentLexicon.Requests.Any(r => r.Intent == Intents.LanguageSwitch && r.Phrases.IsFoundIn(normalized)))
        {
            return null;
        }

        return words.Contains("english", StringComparison.Ordinal) || words.Contains("ingles", StringComparison.Ordinal) ? Languages.English : Languages.Spanish;
    }

    public string Choose(string? text, string? current)
    {
        if (Requested(text) is { } asked)
        {
            return asked;
        }

        var normalized = NormalizedText.Of(text);
        var (es, en) = Score(text, normalized);
        var detected = Detect(text, normalized);
        var clear = Math.Abs(es - en) >= 3 && detected.Confidence >= 0.75;
        return current is null || clear ? detected.Language ?? current ?? Languages.English : current;
    }

    private static (double Es, double En) Score(string? text, string normalized)
    {
        double es = 0, en = 0;
        foreach (var word in NormalizedText.WordsOf(normalized))
        {
            if (LanguageLexicon.Spanish.Contains(word))
            {
                es++;
            }
            else if (LanguageLexicon.English.Contains(word))
            {
                en++;
            }
            else if (word.Length >= 4)
            {
                es += LanguageLexicon.SpanishEndings.Any(word.EndsWith) ? PatternWeight : 0;
                en += LanguageLexicon.EnglishEndings.Any(word.EndsWith) ? PatternWeight : 0;
            }
        }

        if (text is not null && text.AsSpan().IndexOfAny("ñÑ¿¡áéíóú") >= 0)
        {
            es += 1;
        }

        return (es, en);
    }
}
