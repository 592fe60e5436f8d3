using PuenteBot.Dialogs.Topics;

namespace PuenteBot.Tests.Dialogs.Topics;

public class NoAnswerTests
{
    [Theory]
    [InlineData("no")]
    [InlineData("No sé")]
    [InlineData("nada, la verdad")]
    [InlineData("nothing really")]
    [InlineData("idk")]
    [InlineData("prefiero no decir")]
    [InlineData("nothing has helped")]
    [InlineData("pues nada ha funcionado")]
    public void Gives_nothing_to_keep(string text) => Assert.True(NoAnswer.Is(text));

    [Theory]
    [InlineData("no duerme y no come")]
    [InlineData("going for walks helped")]
    [InlineData("nada más hablar con él")]
    [InlineData("no screens at night")]
    [InlineData("")]
    public void Is_an_answer_or_not_a_reply(string text) => Assert.False(NoAnswer.Is(text));
}
