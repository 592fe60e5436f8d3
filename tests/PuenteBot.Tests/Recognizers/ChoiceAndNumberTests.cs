using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>Choices by number, title or synonym with accents and typos; numbers and 0–10 ratings in both languages.</summary>
public sealed class ChoiceAndNumberTests
{
    private static readonly Choice[] Options =
    [
        new("transport", "Transporte", ["ride", "carro", "camión"]),
        new("schedule", "Horario o trabajo", ["work", "schedule"]),
        new("cost", "Costo o seguro", ["dinero", "money", "insurance"]),
    ];

    private readonly NumberRecognizer numbers = new();

    [Theory]
    [InlineData("2", "schedule")]
    [InlineData("la dos", "schedule")]
    [InlineData("option 3", "cost")]
    [InlineData("la primera", "transport")]
    [InlineData("la ultima", "cost")]
    [InlineData("transporte", "transport")]
    [InlineData("camion", "transport")]
    [InlineData("horaro", "schedule")]
    [InlineData("es el dinero", "cost")]
    [InlineData("Costo", "cost")]
    public void Picks_the_option(string text, string value) =>
        Assert.Equal(value, new ChoiceRecognizer(numbers).Recognize(text, Options, Languages.Spanish)?.Value);

    [Theory]
    [InlineData("7")]
    [InlineData("no se")]
    [InlineData("")]
    public void Picks_nothing_when_no_option_fits(string text) => Assert.Null(new ChoiceRecognizer(numbers).Recognize(text, Options, Languages.Spanish));

    [Theory]
    [InlineData("me muero de risa con mi hijo jaja", null)]
    [InlineData("quiero hablar con una persona", "person")]
    [InlineData("las cosas se pusieron muy dificiles", "setback")]
    [InlineData("what do the others think", null)]
    public void A_sentence_picks_a_menu_option_only_by_its_own_words(string text, string? value)
    {
        Choice[] menu =
        [
            new("barriers", "Llegar a la próxima cita"), new("stigma", "Lo que piensan los demás"),
            new("setback", "Las cosas se pusieron difíciles"), new("person", "Hablar con una persona"),
        ];

        Assert.Equal(value, new ChoiceRecognizer(numbers).Recognize(text, menu, Languages.Spanish)?.Value);
    }

    [Theory]
    [InlineData("like a 7", Languages.English, 7)]
    [InlineData("un ocho", Languages.Spanish, 8)]
    [InlineData("diez", Languages.Spanish, 10)]
    [InlineData("zero", Languages.English, 0)]
    [InlineData("6/10", Languages.English, 0.6)]
    [InlineData("como 5 y medio", Languages.Spanish, 5.5)]
    public void Reads_ratings(string text, string language, double value) => Assert.Equal(value, numbers.Recognize(text, language).Last().Value, 6);
}
