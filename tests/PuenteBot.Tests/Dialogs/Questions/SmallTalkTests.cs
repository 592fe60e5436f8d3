using PuenteBot.Dialogs.Questions;

namespace PuenteBot.Tests.Dialogs.Questions;

public class SmallTalkTests
{
    [Theory]
    [InlineData("thx 👍", SmallTalk.Thanks)]
    [InlineData("gracias", SmallTalk.Thanks)]
    [InlineData("Muchas gracias!!", SmallTalk.Thanks)]
    [InlineData("🙏", SmallTalk.Thanks)]
    [InlineData("😭😭😭", SmallTalk.Distress)]
    [InlineData("😢", SmallTalk.Distress)]
    [InlineData("ok", SmallTalk.Okay)]
    [InlineData("👍", SmallTalk.Okay)]
    [InlineData("bye", SmallTalk.Goodbye)]
    [InlineData("hasta luego", SmallTalk.Goodbye)]
    public void Reads_a_whole_message_of_small_talk(string text, string kind) =>
        Assert.Equal(kind, SmallTalk.Of(text));

    [Theory]
    [InlineData("thanks but my son still refuses to go")]
    [InlineData("no tengo carro 😭")]
    [InlineData("purple elephants")]
    [InlineData("good")]
    [InlineData("")]
    public void A_message_that_says_more_is_no_small_talk(string text) =>
        Assert.Null(SmallTalk.Of(text));
}
