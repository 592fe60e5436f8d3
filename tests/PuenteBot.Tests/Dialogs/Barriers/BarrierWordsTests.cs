using PuenteBot.Dialogs.Barriers;

namespace PuenteBot.Tests.Dialogs.Barriers;

public class BarrierWordsTests
{
    [Theory]
    [InlineData("nothing", true)]
    [InlineData("Nada!", true)]
    [InlineData("no, nada", true)]
    [InlineData("todo bien", true)]
    [InlineData("we're fine", true)]
    [InlineData("nothing is easy", false)]
    [InlineData("no tengo carro", false)]
    [InlineData(null, false)]
    public void Nothing_in_the_way_is_a_whole_short_answer(string? text, bool nothing) =>
        Assert.Equal(nothing, BarrierWords.IsNothing(text));

    [Theory]
    [InlineData("no sé", true)]
    [InlineData("No lo se", true)]
    [InlineData("I don't know", true)]
    [InlineData("not sure", true)]
    [InlineData("no", false)]
    [InlineData("nose bleeds", false)]
    [InlineData("no sea que llueva", false)]
    public void I_dont_know_is_neither_yes_nor_no(string text, bool dontKnow) =>
        Assert.Equal(dontKnow, BarrierWords.IsDontKnow(text));
}
