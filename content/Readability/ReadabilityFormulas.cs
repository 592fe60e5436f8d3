namespace PuenteBot.Content.Readability;

/// <summary>The two readability measures the content check holds handouts to.</summary>
public static class ReadabilityFormulas
{
    /// <summary>Flesch–Kincaid grade level of English text: 0.39·(words/sentence) + 11.8·(syllables/word) − 15.59.</summary>
    public static double FleschKincaidGrade(TextStatistics s) =>
        (0.39 * s.WordsPerSentence) + (11.8 * s.SyllablesPerWord) - 15.59;

    /// <summary>
    /// Fernández-Huerta readability of Spanish text (0–100, higher is easier; 70 and up is "fairly easy"):
    /// 206.84 − 0.60·P − 1.02·F with P syllables per 100 words and F words per sentence (Law's 2011 correction
    /// of the often-misprinted "sentences per 100 words").
    /// </summary>
    public static double FernandezHuerta(TextStatistics s) =>
        206.84 - (0.60 * 100 * s.SyllablesPerWord) - (1.02 * s.WordsPerSentence);

    public static double EnglishGrade(IEnumerable<string> blocks) =>
        FleschKincaidGrade(TextStatistics.Measure(blocks, EnglishSyllables.Count));

    public static double SpanishEase(IEnumerable<string> blocks) =>
        FernandezHuerta(TextStatistics.Measure(blocks, SpanishSyllables.Count));
}
