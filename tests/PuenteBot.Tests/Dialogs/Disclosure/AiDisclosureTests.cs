using PuenteBot.Dialogs.Disclosure;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Tests.Dialogs.Disclosure;

/// <summary>When PuenteBot says it is an automated assistant, and which words ask it.</summary>
public class AiDisclosureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void It_is_due_at_first_use_after_three_hours_and_for_a_family_back_after_a_week()
    {
        var conversation = new ConversationData();
        Assert.True(AiDisclosure.IsDue(conversation, Now));

        AiDisclosure.Disclosed(conversation, Now);
        conversation.LastMessageAt = Now;
        Assert.False(AiDisclosure.IsDue(conversation, Now + TimeSpan.FromHours(2.9)));
        Assert.True(AiDisclosure.IsDue(conversation, Now + TimeSpan.FromHours(3)));

        AiDisclosure.Disclosed(conversation, Now);
        conversation.LastMessageAt = Now - TimeSpan.FromDays(8);
        Assert.True(AiDisclosure.IsDue(conversation, Now + TimeSpan.FromMinutes(1)));
    }

    [Theory]
    [InlineData("are you a bot?")]
    [InlineData("Are you a real person")]
    [InlineData("is this a real person?")]
    [InlineData("am i talking to a human")]
    [InlineData("r u a robot")]
    [InlineData("are you a therapist?")]
    [InlineData("¿es usted una persona?")]
    [InlineData("¿eres un robot?")]
    [InlineData("es una persona real?")]
    [InlineData("estoy hablando con una maquina?")]
    [InlineData("¿es usted terapeuta?")]
    public void A_question_about_what_it_is_is_recognized(string text) => Assert.True(AssistantQuestion.Matches(text), text);

    [Theory]
    [InlineData("my son is a real handful")]
    [InlineData("he plays with his robot all day")]
    [InlineData("is the therapist in on tuesday")]
    [InlineData("es una persona muy buena")]
    [InlineData("quiero hablar con una persona")]
    [InlineData("talk to a person")]
    public void Other_words_about_people_and_robots_are_not(string text) => Assert.False(AssistantQuestion.Matches(text), text);
}
