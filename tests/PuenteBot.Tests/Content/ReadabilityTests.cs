using PuenteBot.Content.Readability;

namespace PuenteBot.Tests.Content;

public class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("the", 1)]
    [InlineData("make", 1)]
    [InlineData("table", 2)]
    [InlineData("people", 2)]
    [InlineData("helped", 1)]
    [InlineData("wanted", 2)]
    [InlineData("takes", 1)]
    [InlineData("places", 2)]
    [InlineData("school", 1)]
    [InlineData("family", 3)]
    [InlineData("therapy", 3)]
    [InlineData("video", 3)]
    [InlineData("idea", 3)]
    [InlineData("being", 2)]
    [InlineData("quiet", 2)]
    [InlineData("interpreter", 4)]
    public void Counts_english_syllables(string word, int syllables) =>
        Assert.Equal(syllables, EnglishSyllables.Count(word));

    [Theory]
    [InlineData("hola", 2)]
    [InlineData("niño", 2)]
    [InlineData("ayuda", 3)]
    [InlineData("familia", 3)]
    [InlineData("ciudad", 2)]
    [InlineData("cuidado", 3)]
    [InlineData("día", 2)]
    [InlineData("país", 2)]
    [InlineData("leer", 2)]
    [InlineData("ahora", 3)]
    [InlineData("psicología", 5)]
    [InlineData("guerra", 2)]
    [InlineData("hoy", 1)]
    [InlineData("muy", 1)]
    [InlineData("y", 1)]
    public void Counts_spanish_syllables(string word, int syllables) =>
        Assert.Equal(syllables, SpanishSyllables.Count(word));

    [Fact]
    public void Flesch_kincaid_of_a_known_sentence()
    {
        var stats = TextStatistics.Measure(["The cat sat on the mat."], EnglishSyllables.Count);
        Assert.Equal(new TextStatistics(1, 6, 6), stats);
        Assert.Equal(-1.45, ReadabilityFormulas.FleschKincaidGrade(stats), 2);
    }

    [Fact]
    public void Fernandez_huerta_of_a_known_sentence()
    {
        var stats = TextStatistics.Measure(["Mi casa es su casa."], SpanishSyllables.Count);
        Assert.Equal(new TextStatistics(1, 5, 7), stats);
        Assert.Equal(206.84 - (60 * 1.4) - (1.02 * 5), ReadabilityFormulas.FernandezHuerta(stats), 2);
    }

    [Fact]
    public void Long_words_in_long_sentences_read_as_hard()
    {
        const string english = "Comprehensive psychotherapeutic interventions necessitate considerable organizational commitment from participating families and institutions.";
        const string spanish = "Las intervenciones psicoterapéuticas integrales requieren un considerable compromiso organizacional de las familias participantes y de las instituciones correspondientes.";
        Assert.True(ReadabilityFormulas.EnglishGrade([english]) > 7);
        Assert.True(ReadabilityFormulas.SpanishEase([spanish]) < 70);
    }

    [Fact]
    public void Each_block_ends_a_sentence_and_numbers_count_a_syllable_per_digit()
    {
        var stats = TextStatistics.Measure(["Get help now", "Call 988. Or text 988!"], EnglishSyllables.Count);
        Assert.Equal(new TextStatistics(3, 8, 12), stats);
    }
}
