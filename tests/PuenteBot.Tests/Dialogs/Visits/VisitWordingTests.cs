using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Content.Resources;
using PuenteBot.Content.Sms;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Protocol;
using PuenteBot.Tests.Dialogs.Runtime;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Dialogs.Visits;

/// <summary>The reminder as the family reads it: the time in the clinic's zone and language, and no more than two SMS segments.</summary>
public class VisitWordingTests
{
    private static readonly IStringLocalizer<Strings> Strings = DialogHarness.Strings;

    private static readonly ClinicOptions Clinic = new() { Name = "Riverside Family Clinic", TimeZone = "America/Chicago" };

    [Theory]
    [InlineData("en", "2026-12-10T21:00:00Z", "on Thu, Dec 10 at 3:00 PM")]
    [InlineData("es", "2026-12-10T21:00:00Z", "el jueves 10 de dic. a las 3:00 p. m.")]
    [InlineData("es", "2026-12-10T19:00:00Z", "el jueves 10 de dic. a la 1:00 p. m.")]
    [InlineData("en", "2026-12-07T16:30:00Z", "on Mon, Dec 7 at 10:30 AM")]
    [InlineData("es", "2027-01-09T15:15:00Z", "el sábado 9 de ene. a las 9:15 a. m.")]
    [InlineData("en", "2027-07-01T14:00:00Z", "on Thu, Jul 1 at 9:00 AM")]
    public void Says_when_in_the_clinic_zone_and_the_family_language(string language, string utc, string expected) =>
        Assert.Equal(expected, new VisitWording(Strings, Clinic).When(Context(language, "webchat"), DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Names_who_it_is_from_the_clinician_and_how()
    {
        var visit = new VisitOptions { Start = new(2026, 12, 10, 21, 0, 0, TimeSpan.Zero), Clinician = "Dr. Ana Ruiz", VisitKind = "video" };
        Assert.Equal(
            "Riverside Family Clinic: a reminder of your visit on Thu, Dec 10 at 3:00 PM with Dr. Ana Ruiz, by video. Will you be there?",
            new VisitWording(Strings, Clinic).Reminder(Context("en", "sms"), visit));
        Assert.Equal(
            "PuenteBot: le recordamos su cita el jueves 10 de dic. a las 3:00 p. m. con el equipo de su hijo o hija, por teléfono. ¿Puede venir?",
            new VisitWording(Strings, new ClinicOptions()).Reminder(Context("es", "sms"), new VisitOptions { Start = visit.Start, VisitKind = "phone" }));
    }

    /// <summary>
    /// Every day of a week, every way, with and without a clinician: two segments at most with the three answers —
    /// in Spanish too, whose "sábado" alone makes the text UCS-2, so a Saturday takes two only with
    /// <c>Sms:Spanish:Gsm7Only</c>.
    /// </summary>
    [Theory]
    [InlineData("en", false)]
    [InlineData("es", false)]
    [InlineData("es", true)]
    public void Fits_in_two_segments_by_SMS(string language, bool gsm7Only)
    {
        var shaper = new SmsReplyShaper(Options.Create(new SmsOptions { PublicBaseUrl = "https://puentebot.example.org", Spanish = new SmsSpanishOptions { Gsm7Only = gsm7Only } }));
        var context = Context(language, "sms");
        var wording = new VisitWording(Strings, Clinic);
        var options = ReminderPrompt.Answers.Select(answer => CardAction.ImBack(Strings.For(context, "Visit.Option." + answer))).ToList();
        for (var day = 0; day < 7; day++)
        {
            foreach (var kind in new[] { "in_person", "video", "phone" })
            {
                foreach (var clinician in new[] { "Dr. Ana Ruiz", null })
                {
                    var visit = new VisitOptions { Start = new DateTimeOffset(2026, 12, 7, 22, 30, 0, TimeSpan.Zero).AddDays(day), Clinician = clinician, VisitKind = kind };
                    var reply = Activity.Message(wording.Reminder(context, visit));
                    reply.Locale = language;
                    reply.SuggestedActions = new SuggestedActions { Actions = options };
                    var texts = shaper.Texts([reply]);
                    var segments = texts.Sum(text => SmsSegments.Count(text).Segments);
                    var saturdayInSpanish = language == "es" && !gsm7Only && visit.Start.AddHours(-6).DayOfWeek == DayOfWeek.Saturday;
                    Assert.True(segments <= (saturdayInSpanish ? 3 : 2), $"{language} {visit.Start:ddd} {kind} {clinician}: {segments} segments: {string.Join(" | ", texts)}");
                }
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Says_nothing_of_care_a_lock_screen_should_not_show(string language)
    {
        string[] keys = ["Visit.Reminder", "Visit.Reminder.Team", "Visit.Missed", "Visit.Reminder.Again", "Visit.Reminder.Retry"];
        string[] words = ["mental", "therap", "terap", "psych", "psiq", "counsel", "consejer", "behavior", "conduct", "diagnos"];
        foreach (var key in keys)
        {
            var text = Strings.For(language, key, "Clinic", "on Thu", "Dr. Ruiz", "in person").ToLowerInvariant();
            Assert.DoesNotContain(words, word => text.Contains(word, StringComparison.Ordinal));
        }
    }

    private static ITurnContext Context(string language, string channel) =>
        new TurnContext(TestActivities.Message("visit-wording", null, channel), new ConversationData { Language = language });
}
