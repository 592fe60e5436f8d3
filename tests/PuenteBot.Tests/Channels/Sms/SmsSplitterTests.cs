using PuenteBot.Channels.Sms;
using PuenteBot.Content.Sms;

namespace PuenteBot.Tests.Channels.Sms;

public class SmsSplitterTests
{
    [Theory]
    [InlineData(160, 1, 1)]
    [InlineData(161, 2, 2)]
    [InlineData(306, 2, 2)]
    [InlineData(307, 3, 3)]
    [InlineData(459, 3, 3)]
    public void Gsm7_text_up_to_the_limit_is_one_message(int length, int maxSegments, int segments)
    {
        var text = Words('a', length);

        var parts = SmsSplitter.Split(text, maxSegments);

        Assert.Equal(text, Assert.Single(parts));
        Assert.Equal((SmsEncoding.Gsm7, segments), (SmsSegments.Count(parts[0]).Encoding, SmsSegments.Count(parts[0]).Segments));
    }

    [Theory]
    [InlineData(70, 1, 1)]
    [InlineData(71, 2, 2)]
    [InlineData(134, 2, 2)]
    [InlineData(135, 3, 3)]
    [InlineData(201, 3, 3)]
    public void Ucs2_text_up_to_the_limit_is_one_message(int length, int maxSegments, int segments)
    {
        var text = Words('á', length);

        var parts = SmsSplitter.Split(text, maxSegments);

        Assert.Equal(text, Assert.Single(parts));
        Assert.Equal((SmsEncoding.Ucs2, segments), (SmsSegments.Count(parts[0]).Encoding, SmsSegments.Count(parts[0]).Segments));
    }

    [Theory]
    [InlineData('a', 161, 1)]
    [InlineData('a', 307, 2)]
    [InlineData('a', 460, 3)]
    [InlineData('á', 135, 2)]
    [InlineData('á', 71, 1)]
    [InlineData('á', 202, 3)]
    public void Text_over_the_limit_becomes_numbered_parts_that_each_fit(char letter, int length, int maxSegments)
    {
        var text = Words(letter, length);

        var parts = SmsSplitter.Split(text, maxSegments);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(SmsSegments.Count(part).Segments <= maxSegments, part));
        Assert.Equal(text, Rejoin(parts, " "));
    }

    [Fact]
    public void Spanish_keeps_its_accents_and_gsm7_letters_keep_gsm7()
    {
        const string gsm = "¿Niño? ¡Sí! Pingüino, mamá: no.";
        const string spanish = "Mañana puede llamar a la clínica. Le ayudarán con el transporte y la cita. ¿Quiere que le mande la guía?";

        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.Count(gsm).Encoding);
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count("¿Niño? ¡Pingüino! Él, ñ, é, ü.").Encoding);
        var parts = SmsSplitter.Split(spanish, 1);
        Assert.Equal(spanish, Rejoin(parts, " "));
        Assert.Contains("clínica.", parts[0]);
        Assert.All(parts, part => Assert.True(SmsSegments.Count(part).Segments == 1, part));
    }

    [Fact]
    public void Breaks_between_sentences_before_it_breaks_between_words()
    {
        var first = "Gracias por escribir. " + Words('e', 100) + ".";
        const string second = "Segunda idea, con calma y sin prisa, para usted hoy.";

        var parts = SmsSplitter.Split(first + " " + second, 1);

        Assert.Equal(["1/2 " + first, "2/2 " + second], parts);
    }

    [Fact]
    public void Never_splits_a_word_or_a_link_even_a_long_one()
    {
        var link = "https://bot.example.org/handouts/es/lo-que-se-puede-atravesar?ref=" + new string('x', 250);
        var text = "Aquí está la guía: " + link + " Ábrala cuando quiera. Otra idea más para usted, con calma.";

        var parts = SmsSplitter.Split(text, 3);

        Assert.Contains(parts, part => part.Split(' ').Contains(link));
        var words = text.Split(' ');
        Assert.Equal(words, parts.SelectMany(p => p.Split(' ').Skip(1)));
    }

    [Fact]
    public void Emoji_count_as_ucs2_and_are_never_cut_in_half()
    {
        var text = string.Concat(Enumerable.Repeat("Ánimo 💪🏽 ", 30)).Trim();

        var parts = SmsSplitter.Split(text, 1);

        Assert.All(parts, part => Assert.DoesNotContain('\uFFFD', part));
        Assert.All(parts, part => Assert.True(char.IsSurrogate(part[^1]) ? char.IsLowSurrogate(part[^1]) : true));
        Assert.All(parts, part => Assert.True(SmsSegments.Count(part).Segments == 1, part));
        Assert.Equal(text, Rejoin(parts, " "));
    }

    [Fact]
    public void Parts_are_numbered_in_order()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"Párrafo {i}: " + Words('o', 50)));

        var parts = SmsSplitter.Split(text, 1);

        Assert.Equal(Enumerable.Range(1, parts.Count).Select(i => $"{i}/{parts.Count} "), parts.Select(p => p[..(p.IndexOf(' ') + 1)]));
        Assert.Equal(text.Replace("\n\n", " "), Rejoin(parts, " ").Replace("\n\n", " "));
    }

    [Fact]
    public void A_numbered_list_stays_in_one_part_with_its_question()
    {
        var intro = "Lo que usted escriba aquí se guarda de forma segura y solo lo ve el equipo que atiende a su hijo o hija. Si alguien pudiera estar en peligro, les aviso enseguida.";
        var text = intro + " ¿Le parece bien que sigamos?\n1. Sí\n2. No";

        var parts = SmsSplitter.Split(text, 2);

        Assert.EndsWith(" ¿Le parece bien que sigamos?\n1. Sí\n2. No", parts[^1], StringComparison.Ordinal);
        Assert.Single(parts, part => part.Contains("1. Sí", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_too_long_for_its_question_goes_whole_in_its_own_part()
    {
        var list = string.Join('\n', Enumerable.Range(1, 5).Select(i => $"{i}. Opción número {i} para usted"));
        const string question = "¿Qué se le podría atravesar para venir a la próxima cita de su hijo o hija, con todo lo que usted tiene que atender?";

        var parts = SmsSplitter.Split(question + "\n" + list, 3);

        Assert.Equal(["1/2 " + question, "2/2 " + list], parts);
    }

    [Fact]
    public void A_list_longer_than_any_part_is_sent_whole_rather_than_split()
    {
        var list = string.Join('\n', Enumerable.Range(1, 9).Select(i => $"{i}. Opción número {i}, una idea más larga"));

        var parts = SmsSplitter.Split("¿Cuál prefiere?\n" + list, 1);

        Assert.Contains(parts, part => part.EndsWith(list, StringComparison.Ordinal));
    }

    [Fact]
    public void A_gsm7_paragraph_goes_apart_from_a_ucs2_one_when_that_costs_fewer_segments()
    {
        const string ucs2 = "Buen plan. Ya lo anoté, y aquí tiene una guía corta sobre esto.";
        var gsm = "Las citas por video le pueden ahorrar el viaje. " + Words('e', 30) + ".";
        var text = ucs2 + "\n\n" + gsm;

        var parts = SmsSplitter.Split(text, 3);

        Assert.Equal(3, SmsSegments.Count(text).Segments);
        Assert.Equal(["1/2 " + ucs2, "2/2 " + gsm], parts);
        Assert.Equal(2, parts.Sum(p => SmsSegments.Count(p).Segments));
    }

    [Fact]
    public void Text_that_fits_stays_one_message_when_splitting_saves_nothing()
    {
        const string text = "Primero, una idea.\n\nSegundo, otra idea.\n1. Sí\n2. No";

        Assert.Equal([text], SmsSplitter.Split(text, 3));
    }

    /// <summary>Text of <paramref name="length"/> characters: words of nine letters and spaces.</summary>
    private static string Words(char letter, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(i => i % 10 == 9 ? ' ' : letter)).TrimEnd() is var text && text.Length == length
            ? text
            : text + letter;

    private static string Rejoin(IReadOnlyList<string> parts, string separator) =>
        string.Join(separator, parts.Select(p => p[(p.IndexOf(' ') + 1)..]));
}
