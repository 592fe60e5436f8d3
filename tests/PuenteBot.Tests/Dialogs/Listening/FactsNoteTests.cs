using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers.Entities;

namespace PuenteBot.Tests.Dialogs.Listening;

/// <summary>How the facts of each message are merged into the conversation's notes.</summary>
public class FactsNoteTests
{
    private static readonly DateTimeOffset First = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = First.AddMinutes(5);

    private static readonly EntityRecognizer Recognizer = new();

    private static FamilyEntities Read(string text, string language = "en") => Recognizer.Recognize(text, language, new DateTime(2026, 12, 1, 9, 0, 0));

    [Fact]
    public void A_later_value_replaces_an_earlier_one_and_others_are_kept()
    {
        var facts = new FactsNote();
        Assert.True(facts.Merge(new FamilyEntities { Insurance = "medicaid", Disagrees = "partner", Ages = [7] }, First));
        Assert.True(facts.Merge(new FamilyEntities { Insurance = "private", Conflict = "work" }, Later));

        Assert.Equal(("private", "partner", "work"), (facts.Insurance, facts.Disagrees, facts.Conflict));
        Assert.Equal([7], facts.Ages);
        Assert.Equal(Later, facts.UpdatedAt);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("unsure")]
    public void None_and_unsure_are_kept_as_said_even_over_an_earlier_plan(string insurance)
    {
        var facts = new FactsNote { Insurance = "medicaid" };
        facts.Merge(new FamilyEntities { Insurance = insurance }, Later);
        Assert.Equal(insurance, facts.Insurance);
    }

    [Fact]
    public void A_message_that_says_nothing_changes_nothing()
    {
        var facts = new FactsNote { Insurance = "chip", ChildcareNeeded = true, Ages = [4, 9] };
        Assert.False(facts.Merge(FamilyEntities.None, Later));
        Assert.False(facts.Merge(Read("ok thanks"), Later));
        Assert.Equal(("chip", true), (facts.Insurance, facts.ChildcareNeeded));
        Assert.Equal([4, 9], facts.Ages);
        Assert.Null(facts.UpdatedAt);
    }

    [Fact]
    public void Childcare_once_needed_stays_needed_and_new_ages_replace_old_ones()
    {
        var facts = new FactsNote();
        facts.Merge(new FamilyEntities { Childcare = true, Ages = [3] }, First);
        facts.Merge(new FamilyEntities { Ages = [5, 11] }, Later);
        Assert.True(facts.ChildcareNeeded);
        Assert.Equal([5, 11], facts.Ages);
    }

    [Fact]
    public void The_child_doing_want_to_go_replaces_a_refusal()
    {
        var facts = new FactsNote();
        facts.Merge(Read("el nene no quiere ir a terapia", "es"), First);
        Assert.Equal("refuses", facts.ChildFeeling);
        facts.Merge(Read("no, el nene sí quiere ir… me da vergüenza", "es"), Later);
        Assert.Equal("likes", facts.ChildFeeling);
    }

    [Theory]
    [InlineData("nadie, mi esposo trabaja todo el día", "es", "nobody")]
    [InlineData("no tengo a nadie que me ayude", "es", "nobody")]
    [InlineData("nobody can watch them, my husband works nights", "en", "nobody")]
    [InlineData("my mom watches them sometimes", "en", "family")]
    [InlineData("we have medicaid", "en", null)]
    public void Who_helps_with_the_other_children_is_read(string text, string language, string? help) =>
        Assert.Equal(help, Read(text, language).ChildcareHelp);

    [Theory]
    [InlineData("my son refuses to go... says the therapist doesnt get him")]
    [InlineData("mi hija dice que la psicologa no la entiende")]
    public void A_child_who_does_not_feel_understood_by_the_therapist_is_read(string text) =>
        Assert.Equal("dislikes_clinician", Read(text).ChildFeeling);
}
