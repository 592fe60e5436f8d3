using PuenteBot.Dialogs.Visits;

namespace PuenteBot.Tests.Dialogs.Visits;

/// <summary>Reminders stopped or asked for in the family's words — and the words that are something else (STOP, a stop to all texts).</summary>
public class VisitWordsTests
{
    [Theory]
    [InlineData("stop the reminders")]
    [InlineData("Can you stop the reminders please?")]
    [InlineData("no more reminders")]
    [InlineData("I don't want reminders anymore")]
    [InlineData("ya no quiero recordatorios")]
    [InlineData("No quiero recordatorios")]
    [InlineData("ya no me manden recordatorios por favor")]
    [InlineData("ya no más recordatorios")]
    public void Hears_reminders_stopped(string text) => Assert.False(VisitWords.RemindersWanted(text));

    [Theory]
    [InlineData("send me reminders")]
    [InlineData("I want reminders")]
    [InlineData("quiero recordatorios")]
    [InlineData("Sí quiero recordatorios")]
    [InlineData("mándenme recordatorios")]
    [InlineData("remind me of my appointments")]
    public void Hears_reminders_wanted(string text) => Assert.True(VisitWords.RemindersWanted(text));

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop texting me")]
    [InlineData("ya no me manden mensajes")]
    [InlineData("I need a reminder of the address")]
    [InlineData("¿me puede recordar la dirección?")]
    public void Leaves_other_words_alone(string text) => Assert.Null(VisitWords.RemindersWanted(text));

    [Theory]
    [InlineData("cant do thurs. friday?")]
    [InlineData("cancel pls")]
    [InlineData("quisiera cancelar la cita por favor")]
    [InlineData("me la pueden cambiar pa la otra semana")]
    [InlineData("sorry forgot, can we rebook")]
    public void Hears_a_wish_for_another_time(string text) => Assert.True(VisitWords.WantsAnotherTime(text));

    [Theory]
    [InlineData("I cant do this anymore")]
    [InlineData("my mom will bring him instead")]
    [InlineData("cancel the reminders")]
    public void Does_not_hear_another_time_in_other_words(string text) => Assert.False(VisitWords.WantsAnotherTime(text));

    [Theory]
    [InlineData("can we do friday afternoon?", true)]
    [InlineData("¿se puede el viernes en la tarde?", true)]
    [InlineData("no puedo ir el jueves", false)]
    public void Tells_an_offered_time_from_a_refused_one(string text, bool offered) => Assert.Equal(offered, VisitWords.OffersTime(text));
}
