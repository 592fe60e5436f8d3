using PuenteBot.Content.Sms;

namespace PuenteBot.Tests.Content;

public class SmsSegmentsTests
{
    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Gsm7_fits_160_alone_and_153_per_part(int length, int segments)
    {
        var count = SmsSegments.Count(new string('a', length));
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Gsm7, length, segments), count);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Ucs2_fits_70_alone_and_67_per_part(int length, int segments)
    {
        var count = SmsSegments.Count(new string('á', length));
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Ucs2, length, segments), count);
    }

    [Fact]
    public void Spanish_letters_of_the_gsm7_table_keep_gsm7() =>
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count("¿Niño? ¡Bien! ñ Ñ é É ü Ü à è ì ò ù Ç").Encoding);

    [Fact]
    public void A_usual_spanish_greeting_is_ucs2() =>
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Ucs2, 23, 1), SmsSegments.Count("Hola, ¿cómo está usted?"));

    [Theory]
    [InlineData("á")]
    [InlineData("í")]
    [InlineData("ó")]
    [InlineData("ú")]
    [InlineData("Á")]
    [InlineData("ç")]
    [InlineData("“")]
    [InlineData("😔")]
    public void One_character_outside_gsm7_makes_the_whole_text_ucs2(string character)
    {
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.Count("Llame hoy " + character).Encoding);
    }

    [Theory]
    [InlineData('^')]
    [InlineData('{')]
    [InlineData('}')]
    [InlineData('\\')]
    [InlineData('[')]
    [InlineData('~')]
    [InlineData(']')]
    [InlineData('|')]
    [InlineData('€')]
    public void Extension_table_characters_cost_two_septets(char character)
    {
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Gsm7, 3, 1), SmsSegments.Count("a" + character));
    }

    [Theory]
    [InlineData(80, 1)]
    [InlineData(81, 2)]
    public void Eighty_euro_signs_fill_one_message(int length, int segments)
    {
        Assert.Equal(segments, SmsSegments.Count(new string('€', length)).Segments);
    }

    [Fact]
    public void An_escape_pair_is_not_split_between_parts()
    {
        var text = new string('a', 152) + "€" + new string('a', 152);
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Gsm7, 306, 3), SmsSegments.Count(text));
    }

    [Fact]
    public void An_emoji_costs_two_units_and_is_not_split_between_parts()
    {
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Ucs2, 70, 1), SmsSegments.Count("😔" + new string('a', 68)));
        var text = new string('á', 66) + "😔" + new string('á', 66);
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Ucs2, 134, 3), SmsSegments.Count(text));
    }
}
