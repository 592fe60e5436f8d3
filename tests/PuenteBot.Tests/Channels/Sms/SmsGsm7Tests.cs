using PuenteBot.Content.Sms;

namespace PuenteBot.Tests.Channels.Sms;

public class SmsGsm7Tests
{
    [Theory]
    [InlineData("¿Cuál es la próxima cita? Aquí está: el número.", "¿Cual es la proxima cita? Aqui esta: el numero.")]
    [InlineData("ÁNIMO, MAMÁ. ÚLTIMA VISITA. ÍNDICE. ÓRALE", "ANIMO, MAMA. ULTIMA VISITA. INDICE. ORALE")]
    [InlineData("Dijo “ya voy” – y se fue… ‘bien’", "Dijo \"ya voy\" - y se fue... 'bien'")]
    [InlineData("Pingüino, niño, él, Ñandú", "Pingüino, niño, él, Ñandu")]
    [InlineData("¡Hola! ¿Cómo está? 💪🏽 ánimo", "¡Hola! ¿Como esta?  animo")]
    [InlineData("Llame al 988 y marque 2 para español.", "Llame al 988 y marque 2 para español.")]
    public void Only_what_gsm7_cannot_carry_is_changed(string text, string expected)
    {
        var folded = SmsGsm7.Fold(text);

        Assert.Equal(expected, folded);
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count(folded).Encoding);
    }

    [Fact]
    public void Every_character_gsm7_has_is_kept_and_every_other_becomes_gsm7()
    {
        var all = string.Concat(Enumerable.Range(0x20, 0x2FF - 0x20).Select(c => (char)c)) + "\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0";

        var folded = SmsGsm7.Fold(all);

        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count(folded).Encoding);
        Assert.All("éñüÑÜ¿¡àèìòù", c => Assert.Contains(c, folded));
    }
}
