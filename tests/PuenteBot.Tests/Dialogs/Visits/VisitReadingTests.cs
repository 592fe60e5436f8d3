using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Tests.Recognizers.Learned;

namespace PuenteBot.Tests.Dialogs.Visits;

/// <summary>How replies to a reminder and to the missed-visit message are read: the examples the word lists must and must not match.</summary>
public class VisitReadingTests
{
    private static readonly VisitReading Reading = new(new ChoiceRecognizer(new NumberRecognizer()), new BooleanRecognizer(), new IntentRecognizer(ShippedModel.Instance));

    private static readonly IReadOnlyList<Choice> Offered =
    [
        new(VisitReply.Confirmed, "I'll be there"),
        new(VisitReply.Change, "I need to change it"),
        new(VisitReply.Barrier, "Something is in the way"),
    ];

    [Theory]
    [InlineData("1", "en", VisitReply.Confirmed)]
    [InlineData("2", "en", VisitReply.Change)]
    [InlineData("3", "es", VisitReply.Barrier)]
    [InlineData("ok see u then", "en", VisitReply.Confirmed)]
    [InlineData("yes", "en", VisitReply.Confirmed)]
    [InlineData("Yes we'll be there!", "en", VisitReply.Confirmed)]
    [InlineData("we will b there", "en", VisitReply.Confirmed)]
    [InlineData("alli estaremos", "es", VisitReply.Confirmed)]
    [InlineData("Ahí estaremos, gracias", "es", VisitReply.Confirmed)]
    [InlineData("si", "es", VisitReply.Confirmed)]
    [InlineData("sí claro", "es", VisitReply.Confirmed)]
    [InlineData("hay estaremos", "es", VisitReply.Confirmed)]
    [InlineData("can we do friday", "en", VisitReply.Change)]
    [InlineData("I can't make it, can we reschedule?", "en", VisitReply.Change)]
    [InlineData("no puedo ir el jueves", "es", VisitReply.Change)]
    [InlineData("ya no puedo ir", "es", VisitReply.Change)]
    [InlineData("se puede cambiar la cita?", "es", VisitReply.Change)]
    [InlineData("mejor el viernes", "es", VisitReply.Change)]
    [InlineData("I work thursdays, can we do friday", "en", VisitReply.Change)]
    [InlineData("no tengo raite para el jueves", "es", VisitReply.Barrier)]
    [InlineData("no tengo rait", "es", VisitReply.Barrier)]
    [InlineData("can't get off work", "en", VisitReply.Barrier)]
    [InlineData("my car broke down", "en", VisitReply.Barrier)]
    [InlineData("no puedo ir, no tengo quien me cuide a los niños", "es", VisitReply.Barrier)]
    [InlineData("I'll be there", "en", VisitReply.Confirmed)]
    [InlineData("Something is in the way", "en", VisitReply.Barrier)]
    [InlineData("I need to change it", "en", VisitReply.Change)]
    public void Reads_a_reply_to_a_reminder(string text, string language, string expected) =>
        Assert.Equal(expected, Reading.Reminder(text, Offered, language));

    [Theory]
    [InlineData("no", "en")]
    [InlineData("hmm", "en")]
    [InlineData("quien es?", "es")]
    [InlineData("maybe", "en")]
    public void Leaves_an_unclear_reply_unread(string text, string language) =>
        Assert.Null(Reading.Reminder(text, Offered, language));

    [Theory]
    [InlineData("my son had a really bad week, he got worse", "en")]
    public void Hands_another_topic_to_the_main_dialog(string text, string language) =>
        Assert.Equal(VisitReading.Topic, Reading.Reminder(text, Offered, language));

    [Theory]
    [InlineData("no tuve raite", "es", VisitReply.Barrier)]
    [InlineData("I had to work a double shift", "en", VisitReply.Barrier)]
    [InlineData("we forgot, sorry", "en", VisitReply.Answered)]
    [InlineData("se me olvidó", "es", VisitReply.Answered)]
    [InlineData("can we get a new appointment?", "en", VisitReply.Change)]
    [InlineData("quiero otra cita", "es", VisitReply.Change)]
    public void Reads_an_answer_to_the_missed_visit_message(string text, string language, string expected) =>
        Assert.Equal(expected, Reading.Missed(text, language));
}
