using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Tests.Recognizers.Learned;

namespace PuenteBot.Tests.Recognizers;

/// <summary>Risk in the conversation: the family's earlier words of danger weigh on the message in front of the bot.</summary>
public sealed class RiskDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);
    private readonly RiskDecider decider = new(new RiskRecognizer(), ShippedModel.Instance);

    private RiskNote Earlier(string text, TimeSpan ago)
    {
        var risk = decider.Assess(text);
        Assert.NotEqual(RiskLevel.None, risk.Level);
        return new RiskNote { At = Now - ago, Level = risk.Level.ToString().ToLowerInvariant(), Category = risk.Category, Quote = text, Evidence = [.. risk.Evidence] };
    }

    [Theory]
    [InlineData("he keeps saying he wishes he wasnt here anymore", "he gave his xbox and his shoes to his cousin and said he wont need them")]
    [InlineData("dice que ya no quiere vivir", "anda regalando sus cosas, le dio sus tenis a su primo")]
    public void Two_warning_signs_in_one_conversation_are_urgent(string first, string second)
    {
        Assert.Equal(RiskLevel.Possible, decider.Assess(second).Level);
        var risk = decider.Assess(second, [Earlier(first, TimeSpan.FromHours(2))], Now);
        Assert.Equal(RiskLevel.Urgent, risk.Level);
        Assert.Equal(RiskSources.Conversation, risk.Source);
    }

    [Theory]
    [InlineData("she said she wants to die", "she has a rope in her closet")]
    [InlineData("mi hija dice que se quiere morir", "tiene una navaja escondida en su cuarto")]
    public void A_plan_or_means_after_a_warning_sign_is_urgent(string first, string second)
    {
        var risk = decider.Assess(second, [Earlier(first, TimeSpan.FromMinutes(10))], Now);
        Assert.Equal(RiskLevel.Urgent, risk.Level);
    }

    [Fact]
    public void A_sign_older_than_the_window_does_not_raise_a_new_one()
    {
        const string second = "he gave his xbox and his shoes to his cousin and said he wont need them";
        var alone = decider.Assess(second);
        var risk = decider.Assess(second, [Earlier("he keeps saying he wishes he wasnt here anymore", RiskDecider.Window + TimeSpan.FromDays(1))], Now);
        Assert.Equal(alone.Level, risk.Level);
    }

    [Fact]
    public void The_same_words_again_are_not_a_second_sign()
    {
        const string text = "dice que ya no quiere vivir";
        var alone = decider.Assess(text);
        Assert.Equal(alone.Level, decider.Assess(text, [Earlier(text, TimeSpan.FromMinutes(5))], Now).Level);
    }

    [Fact]
    public void An_everyday_message_after_a_sign_stays_safe()
    {
        var risk = decider.Assess("can we do thursday at 4 instead", [Earlier("she said she wants to die", TimeSpan.FromMinutes(30))], Now);
        Assert.Equal(RiskLevel.None, risk.Level);
    }

    [Fact]
    public void A_message_the_model_is_unsure_of_is_asked_about_after_a_sign_until_the_family_has_answered()
    {
        const string text = "she wont talk to me anymore";
        var alone = decider.Assess(text);
        Assert.Equal((RiskLevel.None, true), (alone.Level, alone.Uncertain));

        var sign = Earlier("a veces pienso que no quiero vivir", TimeSpan.FromMinutes(3));
        Assert.Equal(RiskLevel.Possible, decider.Assess(text, [sign], Now).Level);

        sign.AnsweredSafeAt = Now - TimeSpan.FromMinutes(2);
        Assert.Equal(RiskLevel.None, decider.Assess(text, [sign], Now).Level);
        Assert.Equal(RiskLevel.Urgent, decider.Assess("tiene una navaja escondida en su cuarto", [sign], Now).Level);
    }
}
