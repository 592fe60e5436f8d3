using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Contact;
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
/// The caregiver wants the care team: asks the best time (their words kept, with the limits read from them —
/// weekdays, days left out, hours; "any time" and "no sé" are answers too) and the best way, reads back the time,
/// the way and the language ("Thursday before 10 AM, by phone, in Spanish — is that right?"). Yes is noted; no
/// asks once for their own words, which are then noted as written. Then it raises a routine escalation and says
/// honestly when to expect contact, with the clinic's hours and phone when configured, and 911/988 for
/// emergencies. A time already in the opening sentence ("call me tomorrow after 5") is not asked again.
/// </summary>
public sealed class TalkToPersonDialog : ComponentDialog
{
    public const string Reason = "talk_to_clinician";

    private const string FlowId = "person.flow";
    private const string WhenPromptId = "person.when";
    private const string WayPromptId = "person.way";
    private const string ReadbackPromptId = "person.readback";
    private const string FixPromptId = "person.fix";
    private const string WhenKey = "when";
    private const string FoundKey = "found";
    private const string WayKey = "way";
    private const string SaidKey = "said";
    private const string ReadBackKey = "readBack";
    private const string TriggerKey = "trigger";

    private readonly IStringLocalizer<Strings> strings;
    private readonly DateTimeRecognizer dates;
    private readonly ChoiceRecognizer choices;
    private readonly IOptions<ClinicOptions> clinic;
    private readonly TimeProvider clock;

    public TalkToPersonDialog(
        IStringLocalizer<Strings> strings,
        DateTimeRecognizer dates,
        ChoiceRecognizer choices,
        BooleanRecognizer booleans,
        IOptions<ClinicOptions> clinic,
        TimeProvider clock)
        : base(MenuTopics.Person)
    {
        this.strings = strings;
        this.dates = dates;
        this.choices = choices;
        this.clinic = clinic;
        this.clock = clock;
        AddDialog(new WaterfallDialog(FlowId, [AskWhenStepAsync, AskWayStepAsync, ReadBackStepAsync, ConfirmedStepAsync, EscalateStepAsync]));
        AddDialog(new DateTimePrompt(WhenPromptId, dates, clock, clinic.Value.Zone, strings, AcceptAnyTime));
        AddDialog(new ChoicePrompt(WayPromptId, choices, strings, AcceptOwnWords));
        AddDialog(new ConfirmPrompt(ReadbackPromptId, booleans, choices, strings));
        AddDialog(new TextPrompt(FixPromptId, strings));
    }

    private async Task<DialogTurnResult> AskWhenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var opening = step.GetOptions<TopicOptions>()?.Text;
        Said(step, opening);
        step.Values[TriggerKey] = Triggers.Pick(step.Context)?.ToNode();
        var found = dates.Recognize(opening, step.Context.Language, clock.GetUtcNow(), clinic.Value.Zone);
        if (found.Count > 0)
        {
            step.Values[FoundKey] = true;
            step.Values[WhenKey] = string.Join(", ", found.Select(m => m.Text)).Trim();
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
        var text = step.Context.Activity.Text;
        if (step.Result is IReadOnlyList<DateTimeMatch>)
        {
            step.Values[FoundKey] = true;
            step.Values[WhenKey] = text?.Trim();
            Said(step, text);
        }
        else if (!step.Values.ContainsKey(FoundKey) && CallBackTime.IsAnyTime(text))
        {
            step.Values[WhenKey] = text;
            Said(step, text);
        }

        if (KnownWay(step.Context) is { } known)
        {
            return await step.NextAsync(new FoundChoice(known, -1, 1.0), cancellationToken);
        }

        return await step.PromptAsync(WayPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Person.Way"),
            RetryPrompt = Activity.Message("Person.Way"),
            Choices = CallBackWays.For(clinic.Value),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadBackStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[WayKey] = step.Result is FoundChoice way ? way.Value : step.Context.Activity.Text?.Trim();
        Said(step, step.Context.Activity.Text);
        var readBack = CallBackReadback.Text(strings, step.Context, Request(step, (string?)step.Values[WhenKey]), Today());
        step.Values[ReadBackKey] = readBack;
        return await step.PromptAsync(ReadbackPromptId, new PromptOptions
        {
            Prompt = Activity.Message(readBack),
            RetryPrompt = Activity.Message(strings.For(step.Context, "Person.Readback.Retry")),
            MaxRetries = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var text = step.Context.Activity.Text;
        if (step.Result is false && !NoAnswer.Is(text) && !string.IsNullOrWhiteSpace(text))
        {
            return await step.NextAsync(text.Trim(), cancellationToken);
        }

        return await step.PromptAsync(FixPromptId, Question.Open("Person.Readback.Fix"), cancellationToken);
    }

    private async Task<DialogTurnResult> EscalateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var correction = step.Result as string;
        if (correction is not null)
        {
            Said(step, correction);
            if (Way(step.Context, correction) is { } way)
            {
                step.Values[WayKey] = way;
            }
        }

        var request = Request(step, correction ?? (string?)step.Values[WhenKey]);
        var found = dates.Recognize(request.Words, step.Context.Language, clock.GetUtcNow(), clinic.Value.Zone);
        var anyTime = correction is null ? !step.Values.ContainsKey(FoundKey) : found.Count == 0;
        step.Context.Conversation.Notes.CallBack = CallBackNotes.From(
            request, CallBackTime.Resolve(found, clinic.Value.Zone), anyTime, (string?)step.Values[ReadBackKey], correction is null, clock.GetUtcNow());
        var escalation = step.Context.EscalateToCareTeam(Urgency.Routine, Reason, TriggerMessage.From(step.Values[TriggerKey]));
        await step.SayAsync(strings, Expectation(clinic.Value), cancellationToken, clinic.Value.Hours, clinic.Value.Phone);
        await step.SayAsync(strings, "Person.Emergency", cancellationToken);
        return await ContactDialog.AskOrEndAsync(step.Dialog, escalation, cancellationToken);
    }

    /// <summary>The request as it stands, its limits read from <paramref name="words"/> on the clinic's clock.</summary>
    private CallBackRequest Request(WaterfallStepContext step, string? words)
    {
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clinic.Value.Zone).DateTime;
        var window = DateTimeWindows.Read(words, now, dates.Recognize(words, step.Context.Language, now));
        var anyTime = !step.Values.ContainsKey(FoundKey) && window.IsEmpty;
        var asked = CallBackLanguage.Asked(Saids(step)) ?? step.Context.Conversation.Notes.Facts.ContactLanguage;
        return new CallBackRequest(words, anyTime, window, (string?)step.Values[WayKey], asked ?? step.Context.Language, asked is not null);
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clinic.Value.Zone).DateTime);

    /// <summary>A way named in the caregiver's correction ("mejor por mensaje"), if any.</summary>
    /// <summary>
    /// The way to reach the family when they already said it ("llámenme", "text me", kept in the facts): not asked
    /// again, only read back with the time for them to confirm.
    /// </summary>
    private string? KnownWay(ITurnContext context) => context.Conversation.Notes.Facts.Contact switch
    {
        "phone" => CallBackWays.Call,
        "text" => CallBackWays.Text,
        "email" => CallBackWays.Email,
        "video" when clinic.Value.OffersVideoVisits != false => CallBackWays.Video,
        _ => null,
    };

    private string? Way(ITurnContext context, string words) =>
        choices.Recognize(words, [.. CallBackWays.For(clinic.Value).Select(c => c with { Title = strings.For(context, c.Title) })], context.Language)?.Value;

    /// <summary>Keeps each message of this talk, for the language they ask to be reached in.</summary>
    private static void Said(WaterfallStepContext step, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            step.Values[SaidKey] = ((string?)step.Values[SaidKey] is { } before ? before + "\n" : string.Empty) + text;
        }
    }

    private static string?[] Saids(WaterfallStepContext step) => ((string?)step.Values[SaidKey])?.Split('\n') ?? [];

    /// <summary>What to tell the caregiver about contact: only the clinic facts that are configured.</summary>
    private static string Expectation(ClinicOptions clinic) => (clinic.Hours.Length > 0, clinic.Phone.Length > 0) switch
    {
        (true, true) => "Person.Done.HoursPhone",
        (true, false) => "Person.Done.Hours",
        (false, true) => "Person.Done.Phone",
        _ => "Person.Done",
    };

    /// <summary>A time, or words that mean any time; nonsense is asked once more, then the flow goes on with any time.</summary>
    private static Task<bool> AcceptAnyTime(PromptValidatorContext<IReadOnlyList<DateTimeMatch>> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || CallBackTime.IsAnyTime(prompt.Context.Activity.Text));

    /// <summary>One of the ways, or the caregiver's own words for it ("por WhatsApp"), kept as they wrote them.</summary>
    private static Task<bool> AcceptOwnWords(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || !string.IsNullOrWhiteSpace(prompt.Context.Activity.Text));
}
