using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.TalkToPerson;

namespace PuenteBot.Tests.Dialogs.TalkToPerson;

/// <summary>The language a caregiver asks the care team to reach them in.</summary>
public sealed class CallBackLanguageTests
{
    [Theory]
    [InlineData("llamada pero que hablen español", Languages.Spanish)]
    [InlineData("in spanish please", Languages.Spanish)]
    [InlineData("phone, someone who speaks Spanish", Languages.Spanish)]
    [InlineData("que me hablen en inglés", Languages.English)]
    [InlineData("por teléfono, en inglés por favor", Languages.English)]
    public void Reads_the_language_asked_for(string words, string language) => Assert.Equal(language, CallBackLanguage.Asked(words));

    [Theory]
    [InlineData("phone")]
    [InlineData("mañana después de las 5")]
    [InlineData(null)]
    public void Nothing_asked_is_null(string? words) => Assert.Null(CallBackLanguage.Asked(words));

    [Fact]
    public void The_last_message_that_asks_wins() => Assert.Equal(Languages.English, CallBackLanguage.Asked("in spanish please", "phone", "actually in english"));
}
