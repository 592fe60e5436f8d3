using PuenteBot.Content.Checking;
using PuenteBot.Content.Handouts;
using PuenteBot.Dialogs.Barriers;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Recognizers;
using Kind = PuenteBot.Dialogs.Recognizers.Barriers;

namespace PuenteBot.Tests.Dialogs.Barriers;

/// <summary>Which options a barrier gets, from the caregiver's answer and the clinic's facts.</summary>
public class BarrierPlaybookTests
{
    private const string P = BarrierPlaybook.OptionPrefix;

    private static readonly string[] Kinds =
    [
        Kind.Transport, Kind.Schedule, Kind.Cost, Kind.Childcare,
        Kind.Language, Kind.Technology, Kind.Immigration, Kind.Distrust,
        Kind.FamilyDisagreement, Kind.ChildRefuses, Kind.DoubtsTreatment,
        Kind.Stigma, Kind.Shame,
    ];

    private static BarrierPlaybook Playbook(string video = "", string phone = "", string hours = "") =>
        new(new BooleanRecognizer(), new ClinicOptions { VideoVisits = video, Phone = phone, Hours = hours });

    [Theory]
    [InlineData("yes she does", "transport.medicaidRide", "transport.someone")]
    [InlineData("sí tiene", "transport.medicaidRide", "transport.someone")]
    [InlineData("no", "transport.busGas", "transport.someone")]
    [InlineData("no sé", "transport.medicaidRide", "transport.busGas")]
    [InlineData("I don't know", "transport.medicaidRide", "transport.busGas")]
    [InlineData("my cousin has a car sometimes", "transport.medicaidRide", "transport.busGas")]
    public void Transport_options_follow_the_answer_about_Medicaid(string detail, string first, string second) =>
        Assert.Equal([P + first, P + second, P + "askVideo"], Playbook().OptionsFor(Kind.Transport, detail));

    [Theory]
    [InlineData("true", "video")]
    [InlineData("false", "askPhone")]
    [InlineData("", "askVideo")]
    [InlineData("maybe", "askVideo")]
    public void Video_visits_are_offered_only_when_the_clinic_confirms_them(string videoVisits, string option)
    {
        var playbook = Playbook(videoVisits);
        foreach (var kind in new[] { Kind.Transport, Kind.Childcare, Kind.Schedule })
        {
            var options = playbook.OptionsFor(kind, null);
            Assert.Contains(P + option, options);
            Assert.Single(options, o => o is P + "video" or P + "askVideo" or P + "askPhone");
        }
    }

    [Fact]
    public void Without_video_visits_technology_offers_no_video_link_or_wifi()
    {
        Assert.Equal([P + "technology.phoneOnly", P + "technology.techHelp"], Playbook("false").OptionsFor(Kind.Technology, "the app"));
        Assert.Contains(P + "technology.testLink", Playbook("true").OptionsFor(Kind.Technology, "the app"));
    }

    [Theory]
    [InlineData("my son's school", true)]
    [InlineData("la escuela de mi hija", true)]
    [InlineData("por el trabajo", false)]
    [InlineData(null, false)]
    public void School_in_the_answer_brings_visits_at_school(string? detail, bool atSchool) =>
        Assert.Equal(atSchool, Playbook().OptionsFor(Kind.Schedule, detail).Contains(P + "schedule.atSchool"));

    [Fact]
    public void Cost_without_insurance_starts_with_Medicaid_or_CHIP_and_with_insurance_with_coverage()
    {
        Assert.Equal(P + "cost.medicaidChip", Playbook().OptionsFor(Kind.Cost, "no, we don't")[0]);
        Assert.Equal(P + "cost.checkCoverage", Playbook().OptionsFor(Kind.Cost, "yes through work")[0]);
    }

    [Fact]
    public void Every_barrier_gets_two_or_three_options_worded_in_both_languages()
    {
        var strings = StringTables.Embedded();
        foreach (var video in new[] { "true", "false", "" })
        {
            foreach (var kind in Kinds)
            {
                foreach (var detail in new[] { "yes", "no", "no sé", "my son's school", null })
                {
                    var options = Playbook(video).OptionsFor(kind, detail);
                    Assert.InRange(options.Count, 2, 3);
                    Assert.Equal(options.Count, options.Distinct().Count());
                    foreach (var key in options.Append("Barriers.Reflect." + kind).Append("Barriers.Ask." + kind))
                    {
                        Assert.True(strings["en"].ContainsKey(key) && strings["es"].ContainsKey(key), $"{key} is missing");
                    }
                }
            }
        }

        Assert.Empty(Playbook().OptionsFor(BarrierPlaybook.Other, "anything"));
    }

    [Fact]
    public void The_clinic_phone_goes_with_plans_asked_of_the_clinic_when_it_is_configured()
    {
        var withPhone = Playbook(phone: "(555) 010-0199");
        Assert.Equal("(555) 010-0199", withPhone.PhoneFor(P + "schedule.otherTimes"));
        Assert.Null(withPhone.PhoneFor(P + "transport.someone"));
        Assert.Null(Playbook().PhoneFor(P + "schedule.otherTimes"));
    }

    [Fact]
    public void The_clinic_hours_go_with_asking_for_another_time_when_they_are_configured()
    {
        var withHours = Playbook(hours: "Mon–Fri 8–6");
        Assert.Equal("Mon–Fri 8–6", withHours.HoursFor(P + "schedule.otherTimes"));
        Assert.Null(withHours.HoursFor(P + "schedule.leave"));
        Assert.Null(Playbook().HoursFor(P + "schedule.otherTimes"));
    }

    [Theory]
    [InlineData("transport", "getting-to-visits")]
    [InlineData("schedule", "fitting-visits-around-work-and-school")]
    [InlineData("distrust", "working-with-your-care-team")]
    [InlineData("shame", "not-your-fault")]
    public void The_handout_sent_is_the_one_most_about_the_barrier(string kind, string slug)
    {
        Assert.Equal(slug, BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, "en", kind)?.Slug);
        Assert.Equal(slug, BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, "es", kind)?.Slug);
        Assert.Null(BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, "en", BarrierPlaybook.Other));
    }
}
