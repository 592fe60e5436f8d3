using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>Language per message, robust to missing accents, SMS spelling and code-switching; sticky unless the caregiver switches.</summary>
public sealed class LanguageRecognizerTests
{
    private readonly LanguageRecognizer recognizer = new();

    [Theory]
    [InlineData("q onda, no tengo ride pa la cita", Languages.Spanish)]
    [InlineData("mi hijo no quiere ir a la escuela", Languages.Spanish)]
    [InlineData("my son doesnt want to go to school", Languages.English)]
    [InlineData("can u call me tmrw pls", Languages.English)]
    [InlineData("la therapist dijo que we should come back el martes", Languages.Spanish)]
    public void Detects_the_language_of_most_words(string text, string language) => Assert.Equal(language, recognizer.Detect(text).Language);

    [Fact]
    public void Cannot_tell_from_nothing() => Assert.Null(recognizer.Detect("👍").Language);

    [Theory]
    [InlineData("ok", Languages.Spanish, Languages.Spanish)]
    [InlineData("5", Languages.English, Languages.English)]
    [InlineData("english please", Languages.Spanish, Languages.English)]
    [InlineData("español", Languages.English, Languages.Spanish)]
    [InlineData("no tengo carro y la clinica esta muy lejos de mi casa", Languages.English, Languages.Spanish)]
    [InlineData("hola", null, Languages.Spanish)]
    public void Keeps_the_chosen_language_unless_the_caregiver_switches(string text, string? current, string expected) =>
        Assert.Equal(expected, recognizer.Choose(text, current));
}
