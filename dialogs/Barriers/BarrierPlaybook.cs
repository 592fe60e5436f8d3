using PuenteBot.Content.Handouts;
using PuenteBot.Dialogs.Clinic;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// The barrier playbook of ../shared/CONVERSATION.md as options a caregiver can pick: two or three per barrier,
/// chosen by what they answered to the clarifying question and by what the clinic's facts confirm. Options are UI
/// string keys (<c>Barriers.Option.*</c>); a service the configuration does not confirm is offered as a question
/// to ask the care team.
/// </summary>
public sealed class BarrierPlaybook(ClinicOptions clinic)
{
    /// <summary>The kind noted for a barrier the caregiver described in words no label fits.</summary>
    public const string Other = "other";

    public const string OptionPrefix = "Barriers.Option.";

    /// <summary>The kinds a caregiver can pick from the list, in the order offered, then "something else".</summary>
    public static readonly IReadOnlyList<string> Listed =
    [
        Recognizers.Barriers.Transport, Recognizers.Barriers.Schedule, Recognizers.Barriers.Cost, Recognizers.Barriers.Childcare,
        Recognizers.Barriers.Language, Recognizers.Barriers.Technology, Other,
    ];

    /// <summary>Options that are asked of the clinic, so its phone number helps.</summary>
    private static readonly HashSet<string> AskTheClinic =
    [
        Key("askVideo"), Key("askPhone"), Key("transport.busGas"), Key("schedule.otherTimes"), Key("schedule.atSchool"),
        Key("cost.checkCoverage"), Key("cost.paymentPlan"), Key("childcare.siblingsWait"), Key("language.interpreter"),
        Key("language.sameLanguage"), Key("technology.phoneOnly"), Key("technology.testLink"), Key("distrust.otherClinician"),
        Key("doubts_treatment.reviewPlan"),
    ];

    /// <summary>Plans for a visit by phone, after which a guide to video visits does not fit.</summary>
    private static readonly HashSet<string> PhoneOnly = [Key("technology.phoneOnly"), Key("askPhone")];

    private const string VideoTopic = "video";

    private const string Engagement = "engagement";

    private static readonly Dictionary<string, string> Tips = new(StringComparer.Ordinal)
    {
        [Key("transport.medicaidRide")] = "Barriers.Tip.medicaidRide",
        [Key("language.interpreter")] = "Barriers.Tip.language",
        [Key("language.sameLanguage")] = "Barriers.Tip.language",
    };

    /// <summary>
    /// The options for <paramref name="kind"/>, given the answer to its clarifying question (one of the answers of
    /// <see cref="BarrierAnswers"/>, or null when it is not known).
    /// </summary>
    public IReadOnlyList<string> OptionsFor(string kind, string? answer)
    {
        string[] names = kind switch
        {
            Recognizers.Barriers.Transport => answer switch
            {
                BarrierAnswers.Medicaid => ["transport.medicaidRide", "transport.someone", Video()],
                BarrierAnswers.NoMedicaid => ["transport.busGas", "transport.someone", Video()],
                _ => ["transport.medicaidRide", "transport.busGas", Video()],
            },
            Recognizers.Barriers.Schedule => answer is BarrierAnswers.School or BarrierAnswers.Both
                ? ["schedule.otherTimes", "schedule.atSchool", Video()]
                : ["schedule.otherTimes", Video(), "schedule.leave"],
            Recognizers.Barriers.Cost => answer switch
            {
                BarrierAnswers.Insured => ["cost.checkCoverage", "cost.paymentPlan", "cost.slidingScale"],
                BarrierAnswers.Uninsured => ["cost.medicaidChip", "cost.slidingScale", "cost.paymentPlan"],
                _ => ["cost.checkCoverage", "cost.medicaidChip", "cost.slidingScale"],
            },
            Recognizers.Barriers.Childcare => answer == BarrierAnswers.Nobody
                ? ["childcare.siblingsWait", "childcare.quietActivity", Video()]
                : ["childcare.siblingsWait", "childcare.trade", Video()],
            Recognizers.Barriers.Language => ["language.interpreter", "language.sameLanguage"],
            Recognizers.Barriers.Technology => clinic.OffersVideoVisits == false
                ? ["technology.phoneOnly", "technology.techHelp"]
                : ["technology.phoneOnly", "technology.testLink", "technology.library"],
            Recognizers.Barriers.Immigration => ["immigration.private", "immigration.communityCenter", "immigration.legalAid"],
            Recognizers.Barriers.Distrust => ["distrust.privacy", "distrust.askPlan", "distrust.otherClinician"],
            Recognizers.Barriers.FamilyDisagreement => ["family_disagreement.invite", "family_disagreement.shareGuide", "family_disagreement.clinicianExplains"],
            Recognizers.Barriers.ChildRefuses => answer switch
            {
                BarrierAnswers.DislikesClinician => ["distrust.otherClinician", "child_refuses.tellClinician", "child_refuses.childSays"],
                BarrierAnswers.Afraid => ["child_refuses.smallSteps", "child_refuses.tellClinician", "child_refuses.childSays"],
                _ => ["child_refuses.childSays", "child_refuses.smallSteps", "child_refuses.tellClinician"],
            },
            Recognizers.Barriers.DoubtsTreatment => ["doubts_treatment.askGoals", "doubts_treatment.reviewPlan", "doubts_treatment.giveTime"],
            Recognizers.Barriers.Stigma => ["stigma.private", "stigma.facts", "talkClinician"],
            Recognizers.Barriers.Shame => ["shame.notFault", "talkClinician", "shame.selfCare"],
            _ => [],
        };
        return [.. names.Select(Key)];
    }

    /// <summary>The clinic's phone, when the plan is something to ask the clinic and the phone is configured.</summary>
    public string? PhoneFor(string option) =>
        AskTheClinic.Contains(option) && clinic.Phone.Length > 0 ? clinic.Phone : null;

    /// <summary>The clinic's opening hours, when the plan is to ask for another time and the hours are configured.</summary>
    public string? HoursFor(string option) =>
        option == Key("schedule.otherTimes") && clinic.Hours.Length > 0 ? clinic.Hours : null;

    /// <summary>A practical word to go with the plan (how to book the ride, not using the child as interpreter), or null.</summary>
    public static string? TipFor(string option) => Tips.GetValueOrDefault(option);

    /// <summary>
    /// The handout most about <paramref name="kind"/> (the one that serves the fewest other kinds; the general
    /// "engagement" topic does not count) that fits the plan chosen: none when no option fit (a guide would repeat
    /// the ideas just turned down), and no video guide after a visit by phone was chosen.
    /// </summary>
    public static Handout? HandoutFor(HandoutLibrary library, string language, string kind, string? plan) =>
        plan is null ? null
            : library.ForBarrier(language, kind)
                .Where(h => !(PhoneOnly.Contains(plan) && h.Topics.Contains(VideoTopic)))
                .OrderBy(h => h.Serves.Count(s => s != Engagement)).ThenBy(h => h.Slug, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Video visits when the clinic offers them; otherwise a question for the clinic.</summary>
    private string Video() => clinic.OffersVideoVisits switch
    {
        true => "video",
        false => "askPhone",
        null => "askVideo",
    };

    private static string Key(string name) => OptionPrefix + name;
}
