using PuenteBot.Dialogs.Crisis;

namespace PuenteBot.Tests.Dialogs.Crisis;

/// <summary>
/// The words the crisis dialog reads once help is coming: help arriving with or without a yes, what else such a
/// message says (the yes to the safety question, not the "ya" of "ya vienen"), and thanks at the last choice.
/// </summary>
public class CrisisWordsTests
{
    [Theory]
    [InlineData("yes the paramedics are here now")]
    [InlineData("i called 911 theyre coming")]
    [InlineData("sí, ya llegaron los paramédicos")]
    [InlineData("ya vienen en camino")]
    [InlineData("ya van en camino")]
    [InlineData("la ambulancia está en camino")]
    public void Help_on_its_way_is_recognized_in_both_languages(string text) =>
        Assert.True(CrisisWords.Matches(CrisisWords.HelpArrived, text), text);

    [Theory]
    [InlineData("ya llegó a la casa")]
    [InlineData("ya está aquí")]
    [InlineData("voy en camino a la escuela")]
    [InlineData("they are not here")]
    public void Other_arrivals_are_not_help_arriving(string text) =>
        Assert.False(CrisisWords.Matches(CrisisWords.HelpArrived, text), text);

    [Theory]
    [InlineData("yes the paramedics are here now", "yes now")]
    [InlineData("sí, ya llegaron los paramédicos", "si")]
    [InlineData("ya vienen en camino", "")]
    [InlineData("the paramedics are here now", "now")]
    public void Without_the_words_of_help_leaves_what_else_the_message_says(string text, string rest) =>
        Assert.Equal(rest, CrisisWords.Without(CrisisWords.HelpArrived, text));

    [Theory]
    [InlineData("ok thank you", true)]
    [InlineData("thanks!", true)]
    [InlineData("thx", true)]
    [InlineData("gracias", true)]
    [InlineData("Muchas gracias", true)]
    [InlineData("ok, se lo agradezco", true)]
    [InlineData("go back to it", false)]
    [InlineData("dejarlo por ahora", false)]
    [InlineData("they took the pills", false)]
    public void Thanks_are_recognized_in_both_languages(string text, bool thanks) =>
        Assert.Equal(thanks, CrisisWords.Matches(CrisisWords.Thanks, text));
}
