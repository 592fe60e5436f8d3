using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.TalkToPerson;

/// <summary>
/// The caregiver wants the care team: asks the best time (their words kept, the recognizer's reading beside
/// them; "any time" and "no sé" are answers too) and the best way, then raises a routine escalation and says
/// honestly when to expect contact, with the clinic's hours and phone when configured, and 911/988 for emergencies.
/// A time already in the opening sentence ("call me tomorrow after 5") is not asked again; its words are kept.
/// </summary>
public sealed class TalkToPersonDialog : ComponentDialog
{
    public const string Reason = "talk_to_clinician";

    private const string FlowId = "person.flow";
    private const string WhenPromptId = "person.when";
    private const string WayPromptId = "person.way";
    private const string WhenKey = "when";
    private const string ResolvedKey = "resolved";
    private const string FoundKey = "found";

    private readonly IStringLocalizer<Strings> strings;
    private readonly DateTimeRecognizer dates;
    private readonly IOptions<ClinicOptions> clinic;
    private readonly TimeProvider clock;

    public TalkToPersonDialog(
        IStringLocalizer<Strings> strings,
        DateTimeRecognizer dates,
        ChoiceRecognizer choices,
        IOptions<ClinicOptions> clinic,
        TimeProvider clock)
        : base(MenuTopics.Person)
    {
        this.strings = strings;
        this.dates = dates;
        this.clinic = clinic;
        this.clock = clock;
        AddDialog(new WaterfallDialog(FlowId, [AskWhenStepAsync, AskWayStepAsync, EscalateStepAsync]));
        AddDialog(new DateTimePrompt(WhenPromptId, dates, clock, clinic.Value.Zone, strings, AcceptAnyTime));
        AddDialog(new ChoicePrompt(WayPromptId, choices, strings, AcceptOwnWords));
    }

    private async Task<DialogTurnResult> AskWhenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var opening = step.GetOptions<TopicOptions>()?.Text;
        var found = dates.Recognize(opening, step.Context.Language, clock.GetUtcNow(), clinic.Value.Zone);
        if (found.Count > 0)
        {
            Keep(step, string.Join(", ", found.Select(m => m.Text)), found);
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(WhenPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Person.When"),
            RetryPrompt = Activity.Message("Person.When.Retry"),
            MaxRetries = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskWayStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is IReadOnlyList<DateTimeMatch> found)
        {
            Keep(step, step.Context.Activity.Text, found);
        }
        else if (!step.Values.ContainsKey(FoundKey) && CallBackTime.IsAnyTime(step.Context.Activity.Text))
        {
            step.Values[WhenKey] = step.Context.Activity.Text;
        }

        return await step.PromptAsync(WayPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Person.Way"),
            RetryPrompt = Activity.Message("Person.Way"),
            Choices = CallBackWays.For(clinic.Value),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> EscalateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Context.Conversation.Notes.CallBack = new CallBackNote
        {
            When = (string?)step.Values[WhenKey],
            Resolved = (string?)step.Values[ResolvedKey],
            AnyTime = !step.Values.ContainsKey(FoundKey),
            Way = step.Result is FoundChoice way ? way.Value : step.Context.Activity.Text?.Trim(),
            At = clock.GetUtcNow(),
        };
        step.Context.EscalateToCareTeam(Urgency.Routine, Reason);
        await step.SayAsync(strings, Expectation(clinic.Value), cancellationToken, clinic.Value.Hours, clinic.Value.Phone);
        await step.SayAsync(strings, "Person.Emergency", cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>What to tell the caregiver about contact: only the clinic facts that are configured.</summary>
    private static string Expectation(ClinicOptions clinic) => (clinic.Hours.Length > 0, clinic.Phone.Length > 0) switch
    {
        (true, true) => "Person.Done.HoursPhone",
        (true, false) => "Person.Done.Hours",
        (false, true) => "Person.Done.Phone",
        _ => "Person.Done",
    };

    private void Keep(WaterfallStepContext step, string? words, IReadOnlyList<DateTimeMatch> found)
    {
        step.Values[FoundKey] = true;
        step.Values[WhenKey] = words?.Trim();
        step.Values[ResolvedKey] = CallBackTime.Resolve(found, clinic.Value.Zone);
    }

    /// <summary>A time, or words that mean any time; nonsense is asked once more, then the flow goes on with any time.</summary>
    private static Task<bool> AcceptAnyTime(PromptValidatorContext<IReadOnlyList<DateTimeMatch>> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || CallBackTime.IsAnyTime(prompt.Context.Activity.Text));

    /// <summary>One of the ways, or the caregiver's own words for it ("por WhatsApp"), kept as they wrote them.</summary>
    private static Task<bool> AcceptOwnWords(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || !string.IsNullOrWhiteSpace(prompt.Context.Activity.Text));
}
