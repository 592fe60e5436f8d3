using PuenteBot.Dialogs.Setbacks;

namespace PuenteBot.Tests.Dialogs.Setbacks;

/// <summary>What happened is answered at its size: serious events are never an ordinary setback.</summary>
public sealed class SetbackSizeTests
{
    [Theory]
    [InlineData("he was in the hospital for three days")]
    [InlineData("she was hospitalized last week")]
    [InlineData("we had to go to the ER")]
    [InlineData("we ended up in the emergency room")]
    [InlineData("the police came to the school")]
    [InlineData("she tried to kill herself last month")]
    [InlineData("he ran away on saturday")]
    [InlineData("lo internaron en el hospital")]
    [InlineData("fuimos a urgencias anoche")]
    [InlineData("llamaron a la policía")]
    [InlineData("intentó suicidarse hace un mes")]
    [InlineData("se escapó de la casa")]
    public void Serious_events_are_serious(string words) => Assert.True(SetbackSize.IsSerious(words));

    [Theory]
    [InlineData("he had a meltdown at school")]
    [InlineData("a really hard week, er, lots of yelling")]
    [InlineData("tuvo una semana difícil")]
    [InlineData("dejó de comer otra vez")]
    [InlineData(null)]
    public void Everyday_setbacks_are_not(string? words) => Assert.False(SetbackSize.IsSerious(words));

    [Fact]
    public void Serious_words_take_the_serious_key() =>
        Assert.Equal(("Setback.Normal.Serious", "Setback.Normal"), (SetbackSize.Key("Setback.Normal", "the ER"), SetbackSize.Key("Setback.Normal", "a bad day")));
}
