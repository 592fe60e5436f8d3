using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Tests.Dialogs.Runtime;

namespace PuenteBot.Tests.Dialogs.Topics;

public class TopicOpeningTests
{
    [Theory]
    [InlineData("3")]
    [InlineData(" 3. ")]
    [InlineData("Things got harder")]
    [InlineData("las cosas se pusieron dificiles")]
    [InlineData(null)]
    public void A_menu_pick_is_not_the_caregivers_words(string? text) =>
        Assert.Null(TopicOpening.Words(new TopicOptions { Text = text }, DialogHarness.Strings, MenuTopics.Setback));

    [Fact]
    public void A_sentence_is_kept_as_written() =>
        Assert.Equal("mi hijo está peor", TopicOpening.Words(new TopicOptions { Text = " mi hijo está peor" }, DialogHarness.Strings, MenuTopics.Setback));
}
