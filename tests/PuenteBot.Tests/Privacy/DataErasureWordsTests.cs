using PuenteBot.Privacy;

namespace PuenteBot.Tests.Privacy;

public class DataErasureWordsTests
{
    [Theory]
    [InlineData("delete my data", "en")]
    [InlineData("Please delete my data.", "en")]
    [InlineData("Delete everything you know about me", "en")]
    [InlineData("I want you to delete all my information", "en")]
    [InlineData("erase my messages please", "en")]
    [InlineData("borrar mis datos", "es")]
    [InlineData("Borra mis datos", "es")]
    [InlineData("elimine mis datos, por favor", "es")]
    [InlineData("Quiero que borren toda mi información", "es")]
    [InlineData("¿Puede borrar todo lo que sabe de mí?", "es")]
    public void The_whole_message_asking_for_deletion_is_heard_in_its_language(string text, string language) =>
        Assert.Equal(language, DataErasureWords.LanguageOf(text));

    [Theory]
    [InlineData("how do I delete my data later?")]
    [InlineData("my son said delete my data on his phone")]
    [InlineData("delete")]
    [InlineData("datos")]
    [InlineData("no quiero borrar mis datos")]
    [InlineData("STOP")]
    public void A_message_that_only_mentions_deletion_is_not_a_request(string text) =>
        Assert.Null(DataErasureWords.LanguageOf(text));
}
