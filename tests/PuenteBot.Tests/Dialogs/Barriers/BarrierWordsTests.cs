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

    [Theory]
    [InlineData("ninguna, eso no me sirve", true, false)]
    [InlineData("none of those work", true, false)]
    [InlineData("Ninguna de estas", true, false)]
    [InlineData("no me sirven", true, false)]
    [InlineData("that's not it, it's the cost", false, true)]
    [InlineData("no es eso, es el costo", false, true)]
    [InlineData("the second one", false, false)]
    [InlineData("pedir otra hora", false, false)]
    public void None_of_these_and_that_is_not_it_are_told_apart(string text, bool none, bool notThat) =>
        Assert.Equal((none, notThat), (BarrierWords.IsNoneOfThese(text), BarrierWords.SaysNotThat(text)));

    [Theory]
    [InlineData("lo del carro no es problema", "transport")]
    [InlineData("the ride is not a problem", "transport")]
    [InlineData("work is not an issue", "schedule")]
    public void A_concern_taken_back_is_named(string text, string kind)
    {
        Assert.True(BarrierWords.SaysNotAProblem(text));
        Assert.Contains(kind, BarrierWords.KindsNamed(text));
    }
}
