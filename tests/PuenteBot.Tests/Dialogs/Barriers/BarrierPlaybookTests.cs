using PuenteBot.Content.Checking;
using PuenteBot.Content.Handouts;
using PuenteBot.Dialogs.Barriers;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Notes;
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

    private static readonly BarrierAnswers Answers = new(new BooleanRecognizer());

    private static BarrierPlaybook Playbook(string video = "", string phone = "", string hours = "") =>
        new(new ClinicOptions { VideoVisits = video, Phone = phone, Hours = hours });

    /// <summary>The options after the caregiver answered the clarifying question with <paramref name="detail"/>.</summary>
    private static IReadOnlyList<string> After(string kind, string? detail, string video = "") =>
        Playbook(video).OptionsFor(kind, Answers.Understand(kind, detail));

    [Theory]
    [InlineData("yes she does", "transport.medicaidRide", "transport.someone")]
    [InlineData("sí tiene", "transport.medicaidRide", "transport.someone")]
    [InlineData("no", "transport.busGas", "transport.someone")]
    [InlineData("no sé", "transport.medicaidRide", "transport.busGas")]
    [InlineData("I don't know", "transport.medicaidRide", "transport.busGas")]
    [InlineData("my cousin has a car sometimes", "transport.medicaidRide", "transport.busGas")]
    public void Transport_options_follow_the_answer_about_Medicaid(string detail, string first, string second) =>
        Assert.Equal([P + first, P + second, P + "askVideo"], After(Kind.Transport, detail));

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
        Assert.Equal([P + "technology.phoneOnly", P + "technology.techHelp"], After(Kind.Technology, "the app", "false"));
        Assert.Contains(P + "technology.testLink", After(Kind.Technology, "the app", "true"));
    }

    [Theory]
    [InlineData("my son's school", true)]
    [InlineData("la escuela de mi hija", true)]
    [InlineData("por el trabajo", false)]
    [InlineData(null, false)]
    public void School_in_the_answer_brings_visits_at_school(string? detail, bool atSchool) =>
        Assert.Equal(atSchool, After(Kind.Schedule, detail).Contains(P + "schedule.atSchool"));

    [Fact]
    public void Cost_without_insurance_starts_with_Medicaid_or_CHIP_and_with_insurance_with_coverage()
    {
        Assert.Equal(P + "cost.medicaidChip", After(Kind.Cost, "no, we don't")[0]);
        Assert.Equal(P + "cost.checkCoverage", After(Kind.Cost, "yes through work")[0]);
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
                    var options = After(kind, detail, video);
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
        Assert.Equal(slug, BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, "en", kind, AnyPlan)?.Slug);
        Assert.Equal(slug, BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, "es", kind, AnyPlan)?.Slug);
        Assert.Null(BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, "en", BarrierPlaybook.Other, AnyPlan));
    }

    private const string AnyPlan = P + "talkClinician";

    [Fact]
    public void No_handout_follows_none_of_these_and_no_video_guide_follows_a_phone_visit()
    {
        Assert.Null(BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, "en", Kind.Technology, null));
        foreach (var language in new[] { "en", "es" })
        {
            Assert.Equal("using-video-visits", BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, language, Kind.Technology, P + "technology.testLink")?.Slug);
            Assert.NotEqual("using-video-visits", BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, language, Kind.Technology, P + "technology.phoneOnly")?.Slug);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void An_immigration_worry_gets_the_privacy_guide_not_the_cost_guide(string language) =>
        Assert.Equal("working-with-your-care-team", BarrierPlaybook.HandoutFor(HandoutLibrary.Embedded, language, Kind.Immigration, P + "immigration.private")?.Slug);

    [Theory]
    [InlineData("nadie, mi esposo trabaja todo el día")]
    [InlineData("nobody")]
    [InlineData("solo yo")]
    public void With_no_one_to_help_childcare_offers_no_trading_with_family(string detail)
    {
        var options = After(Kind.Childcare, detail);
        Assert.DoesNotContain(P + "childcare.trade", options);
        Assert.Contains(P + "childcare.quietActivity", options);
    }

    [Fact]
    public void A_child_who_does_not_get_on_with_the_therapist_is_offered_another_clinician() =>
        Assert.Equal(P + "distrust.otherClinician", Playbook().OptionsFor(Kind.ChildRefuses, BarrierAnswers.DislikesClinician)[0]);

    [Theory]
    [InlineData("transport", "medicaid", "medicaid", "Barriers.Known.transport.medicaid")]
    [InlineData("transport", "none", "no_medicaid", "Barriers.Known.transport.none")]
    [InlineData("transport", "unsure", "unsure", "Barriers.Known.transport.unsure")]
    [InlineData("cost", "chip", "insured", "Barriers.Known.cost.chip")]
    [InlineData("cost", "none", "uninsured", "Barriers.Known.cost.none")]
    public void Known_insurance_answers_the_ride_and_cost_questions(string kind, string insurance, string answer, string confirmation) =>
        Assert.Equal(new KnownAnswer(answer, confirmation), BarrierAnswers.Known(kind, new FactsNote { Insurance = insurance }));

    [Fact]
    public void Every_known_answer_is_confirmed_in_both_languages()
    {
        var strings = StringTables.Embedded();
        var facts = new List<FactsNote>();
        facts.AddRange(new[] { "medicaid", "chip", "private", "none", "unsure" }.Select(i => new FactsNote { Insurance = i }));
        facts.AddRange(new[] { "work", "school" }.Select(c => new FactsNote { Conflict = c }));
        facts.AddRange(new[] { "nobody", "family" }.Select(h => new FactsNote { ChildcareHelp = h }));
        facts.AddRange(new[] { "dislikes_clinician", "afraid", "bored" }.Select(f => new FactsNote { ChildFeeling = f }));
        facts.AddRange(new[] { "partner", "other_parent", "grandparent", "relative", "child" }.Select(w => new FactsNote { Disagrees = w }));
        var keys = facts.SelectMany(f => Kinds.Select(kind => BarrierAnswers.Known(kind, f))).OfType<KnownAnswer>().Select(k => k.ConfirmationKey).Distinct().ToList();
        Assert.Equal(22, keys.Count);
        Assert.All(keys, key => Assert.True(strings["en"].ContainsKey(key) && strings["es"].ContainsKey(key), $"{key} is missing"));
    }

    [Theory]
    [InlineData("mi esposo no quiere que la lleve", "Barriers.Known.family_disagreement.husband")]
    [InlineData("my wife says he doesnt need it", "Barriers.Known.family_disagreement.wife")]
    [InlineData("my partner is against it", "Barriers.Known.family_disagreement.partner")]
    public void A_partner_who_disagrees_is_named_as_the_family_named_them(string words, string confirmation)
    {
        var strings = StringTables.Embedded();
        var known = BarrierAnswers.Known(Kind.FamilyDisagreement, new FactsNote { Disagrees = "partner" }, words);
        Assert.Equal(new KnownAnswer("partner", confirmation), known);
        Assert.True(strings["en"].ContainsKey(confirmation) && strings["es"].ContainsKey(confirmation));
    }

    [Fact]
    public void A_child_who_refuses_without_a_reason_is_still_asked_why() =>
        Assert.Null(BarrierAnswers.Known(Kind.ChildRefuses, new FactsNote { ChildFeeling = "refuses" }));
}
