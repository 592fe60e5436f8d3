using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>The intent lexicon's greetings on coming back: examples that must read greeting, and setbacks that must not.</summary>
public sealed class GreetingAgainTests
{
    private readonly IntentRecognizer lexicon = new();

    [Theory]
    [InlineData("hi again", Languages.English)]
    [InlineData("hi its me again", Languages.English)]
    [InlineData("Hi, it's me again!", Languages.English)]
    [InlineData("hello, I'm back", Languages.English)]
    [InlineData("hola otra vez", Languages.Spanish)]
    [InlineData("hola de nuevo", Languages.Spanish)]
    [InlineData("soy yo otra vez", Languages.Spanish)]
    [InlineData("buenas, aquí estoy de nuevo", Languages.Spanish)]
    [InlineData("ya volví", Languages.Spanish)]
    public void Must_read_as_a_greeting(string text, string language) =>
        Assert.Equal(Intents.Greeting, lexicon.Recognize(text, language).Intent);

    [Theory]
    [InlineData("he is angry again", Languages.English)]
    [InlineData("its worse again", Languages.English)]
    [InlineData("again", Languages.English)]
    [InlineData("otra vez", Languages.Spanish)]
    [InlineData("lo hizo otra vez", Languages.Spanish)]
    [InlineData("volvió a pegarle a su hermano", Languages.Spanish)]
    public void Must_not_read_as_a_greeting(string text, string language) =>
        Assert.Equal(Intents.Setback, lexicon.Recognize(text, language).Intent);

    [Theory]
    [InlineData("my mom says therapy is for crazy people", Languages.English)]
    [InlineData("mi mamá dice que la terapia es para locos", Languages.Spanish)]
    public void Stigma_said_with_what_family_thinks_is_the_stigma_talk(string text, string language) =>
        Assert.Equal(Intents.StigmaShame, lexicon.Recognize(text, language).Intent);
}
