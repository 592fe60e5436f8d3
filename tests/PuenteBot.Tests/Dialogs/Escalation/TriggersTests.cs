using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Dialogs.Escalation;

/// <summary>Which message an escalation quotes: the family's words about the concern, never a menu number or a bare yes.</summary>
public class TriggersTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("5.")]
    [InlineData("yes please")]
    [InlineData("Sí, mi hijo")]
    [InlineData("sí por favor")]
    [InlineData("ok thanks")]
    [InlineData("I want to talk to someone")]
    [InlineData("quiero hablar con una persona")]
    public void Answers_and_bare_requests_are_not_the_concern(string text) => Assert.False(Triggers.IsSubstantive(text));

    [Theory]
    [InlineData("my son won't go to school anymore")]
    [InlineData("mi hija no quiere ir a la terapia")]
    [InlineData("se fue a trabajar pero regresa a las 6")]
    public void Words_about_the_situation_are(string text) => Assert.True(Triggers.IsSubstantive(text));

    [Fact]
    public void A_menu_number_quotes_the_last_message_about_the_concern()
    {
        var conversation = new ConversationData();
        Triggers.Keep(Turn("my son has been really angry and I'm worried", conversation, "a1"));
        Triggers.Keep(Turn("yes", conversation, "a2"));

        var picked = Triggers.Pick(Turn("5", conversation, "a3"));

        Assert.Equal(("my son has been really angry and I'm worried", "a1"), (picked?.Text, picked?.ActivityId));
    }

    [Fact]
    public void With_nothing_said_about_the_concern_there_is_no_quote()
    {
        var conversation = new ConversationData();
        Triggers.Keep(Turn("hi", conversation, "a1"));

        Assert.Null(Triggers.Pick(Turn("yes please", conversation, "a2")));
    }

    [Fact]
    public void The_summary_leaves_the_quote_out_without_a_trigger_and_names_the_message_with_one()
    {
        var context = Turn("yes please", new ConversationData(), "a9");

        Assert.Null(CareTeamEscalation.Summary(context, "talk_to_clinician", null, null)["quote"]);
        var summary = CareTeamEscalation.Summary(context, "talk_to_clinician", null, new TriggerMessage("my daughter stopped eating", "a4", null));
        Assert.Equal("my daughter stopped eating", (string?)summary["quote"]);
        Assert.Equal("a4", (string?)summary["trigger"]?["id"]);
    }

    private static TurnContext Turn(string text, ConversationData conversation, string id)
    {
        var activity = TestActivities.Message("triggers", text);
        activity.Id = id;
        return new TurnContext(activity, conversation);
    }
}
