using PuenteBot.Content.Answers;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Questions;

namespace PuenteBot.Tests.Dialogs.Questions;

public class AnswerTextTests
{
    [Fact]
    public void A_clinic_fact_says_the_configured_value_or_that_the_care_team_can_tell_them()
    {
        var phone = AnswerSet.Embedded.Find("en", "clinic-phone")!;
        Assert.Equal("You can call the clinic at (555) 010-0199.", AnswerText.For(phone, new ClinicOptions { Phone = "(555) 010-0199" }));
        Assert.Equal(phone.Unknown, AnswerText.For(phone, new ClinicOptions()));
        Assert.Contains("care team", AnswerText.For(phone, new ClinicOptions()), StringComparison.Ordinal);
    }

    [Fact]
    public void Video_visits_are_promised_only_when_the_clinic_says_it_offers_them()
    {
        var video = AnswerSet.Embedded.Find("es", "video-visits")!;
        Assert.Equal(video.Text, AnswerText.For(video, new ClinicOptions { VideoVisits = "true" }));
        Assert.Equal(video.Unknown, AnswerText.For(video, new ClinicOptions { VideoVisits = "false" }));
        Assert.Equal(video.Unknown, AnswerText.For(video, new ClinicOptions()));
    }

    [Fact]
    public void Other_answers_say_their_text() =>
        Assert.Equal(AnswerSet.Embedded.Find("en", "privacy")!.Text, AnswerText.For(AnswerSet.Embedded.Find("en", "privacy")!, new ClinicOptions()));
}
