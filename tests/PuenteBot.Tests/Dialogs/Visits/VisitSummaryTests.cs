using PuenteBot.Dialogs.Visits;
using PuenteBot.Tests.Escalations;
using PuenteBot.Tests.Transcripts;

namespace PuenteBot.Tests.Dialogs.Visits;

/// <summary>What the care team reads when a family asks for a new visit time or answers a follow-up: the reason, their words, the next step.</summary>
public class VisitSummaryTests
{
    private static readonly VisitOptions Thursday = new()
    {
        OutreachId = 5, AppointmentId = "appt-5", Start = new(2026, 12, 3, 21, 0, 0, TimeSpan.Zero), Clinician = "Dr. Alvarez",
    };

    [Fact]
    public async Task A_new_time_asked_for_in_Spanish_reads_as_a_reschedule_with_the_days_that_work()
    {
        await using var bot = new SummaryBot();
        await TranscriptRunner.EnrolAsync(bot.Bot.Store, "c-visit", "sms", bot.Clock);
        await OutreachStart.BeginAsync(bot.Bot.Services, bot.Clock, "c-visit", "sms", "es", VisitDialog.DialogId, Thursday);
        await bot.SayAllAsync("c-visit", "no puedo ir el jueves", "el viernes en la tarde");

        var escalation = await bot.EscalationAsync("routine");
        var english = (await bot.Summaries.BuildAsync(escalation, "en", includeContact: false, TestContext.Current.CancellationToken)).ToText();
        var spanish = (await bot.Summaries.BuildAsync(escalation, "es", includeContact: false, TestContext.Current.CancellationToken)).ToText();

        Assert.Equal(RescheduleDialog.Reason, escalation.Reason);
        Assert.Contains("- Reason: Asked for a new visit time\n", english, StringComparison.Ordinal);
        Assert.Contains("“el viernes en la tarde” [es]", english, StringComparison.Ordinal);
        Assert.Contains("to find a new visit time", english, StringComparison.Ordinal);
        Assert.Contains("Pidió otra hora para la cita", spanish, StringComparison.Ordinal);
        Assert.Contains("para buscar una nueva hora para la cita", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_a_follow_up_reads_as_that_answer()
    {
        await using var bot = new SummaryBot();
        await TranscriptRunner.EnrolAsync(bot.Bot.Store, "c-follow", "webchat", bot.Clock);
        var followUp = new FollowUpOptions { OutreachId = 6, EscalationId = "case-6", ClinicianName = "Dr. Alvarez", Text = "Can you bring the school report?" };
        await OutreachStart.BeginAsync(bot.Bot.Services, bot.Clock, "c-follow", "webchat", "en", FollowUpDialog.DialogId, followUp);
        await bot.SayAllAsync("c-follow", "yes, I will bring it on Thursday");

        var escalation = await bot.EscalationAsync("routine");
        var text = (await bot.Summaries.BuildAsync(escalation, "en", includeContact: false, TestContext.Current.CancellationToken)).ToText();

        Assert.Equal(FollowUpDialog.Reason, escalation.Reason);
        Assert.Contains("- Reason: Answered a care-team follow-up\n", text, StringComparison.Ordinal);
        Assert.Contains("“yes, I will bring it on Thursday”", text, StringComparison.Ordinal);
        Assert.Contains("Read their answer to your follow-up", text, StringComparison.Ordinal);
    }
}
