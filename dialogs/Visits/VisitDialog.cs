using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// The visit conversation a planned message opens, begun by the outreach worker on a cleared stack. A reminder
/// (who from, when in the clinic's zone, with whom, how) offers 1 = I'll be there (thanked, confirmed), 2 = I need
/// to change it (<see cref="RescheduleDialog"/>) and 3 = something is in the way (the barrier conversation for this
/// visit, from the barriers named, or asking which); the family's own words are read the same way
/// (<see cref="VisitReading"/>), an unclear reply is retried once with the three answers, then the menu comes. The
/// kind message the day after a missed visit asks what got in the way, and the answer leads to the barrier
/// conversation (or a new time). Each answer is recorded through <see cref="IVisitReplies"/> when it is given. A
/// question the answer set knows is answered and the reminder asked again; another topic goes to the main dialog;
/// danger is the crisis episode's, as on any message.
/// </summary>
public sealed class VisitDialog : ComponentDialog
{
    public const string DialogId = "visit";

    private const string FlowId = "visit.flow";
    private const string ReminderPromptId = "visit.answer";
    private const string MissedPromptId = "visit.missed";

    private readonly IStringLocalizer<Strings> strings;
    private readonly VisitReading reading;
    private readonly VisitWording wording;
    private readonly VisitRecorder recorder;

    public VisitDialog(
        IStringLocalizer<Strings> strings,
        VisitReading reading,
        IOptions<ClinicOptions> clinic,
        [FromKeyedServices(MainDialog.TopicKey)] IEnumerable<Dialog> topics,
        VisitRecorder recorder,
        DateTimeRecognizer dates,
        TimeProvider clock)
        : base(DialogId)
    {
        this.strings = strings;
        this.reading = reading;
        this.recorder = recorder;
        wording = new VisitWording(strings, clinic.Value);
        AddDialog(new WaterfallDialog(FlowId, [AskStepAsync, AnsweredStepAsync, DoneStepAsync]));
        AddDialog(new ReminderPrompt(ReminderPromptId, reading, strings));
        AddDialog(new TextPrompt(MissedPromptId, strings));
        AddDialog(new RescheduleDialog(strings, dates, clinic.Value, clock));
        AddDialog(RescheduleDialog.Prompt(strings));
        AddDialog(topics.Single(topic => topic.Id == MenuTopics.Barriers));
    }

    /// <summary>The main dialog, when the visit conversation hands over (<see cref="MainDialogOptions"/>), takes its place.</summary>
    protected override Task<DialogTurnResult> EndComponentAsync(DialogContext outer, object? result, CancellationToken cancellationToken) =>
        result is MainDialogOptions main
            ? outer.ReplaceDialogAsync(MainDialog.DialogId, main, cancellationToken)
            : outer.EndDialogAsync(result, cancellationToken);

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var visit = Visit(step);
        return visit.Kind == VisitOptions.Missed
            ? step.PromptAsync(MissedPromptId, new PromptOptions { Prompt = Activity.Message(wording.Missed(step.Context, visit)) }, cancellationToken)
            : step.BeginDialogAsync(ReminderPromptId, new ReminderQuestion(wording.Reminder(step.Context, visit)), cancellationToken);
    }

    private async Task<DialogTurnResult> AnsweredStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var visit = Visit(step);
        var text = step.Context.Activity.Text;
        var answer = visit.Kind != VisitOptions.Missed ? step.Result as string
            : step.Result is string words ? reading.Missed(words, step.Context.Language)
            : null;
        switch (answer)
        {
            case VisitReply.Confirmed:
                await RecordAsync(visit, answer, cancellationToken);
                await step.SayAsync(strings, "Visit.Confirmed", cancellationToken, wording.When(step.Context, visit.Start));
                return await step.EndDialogAsync(null, cancellationToken);
            case VisitReply.Change:
                await RecordAsync(visit, answer, cancellationToken);
                return await step.BeginDialogAsync(RescheduleDialog.DialogId, new RescheduleRequest { Visit = visit, Words = text }, cancellationToken);
            case VisitReply.Barrier:
                await RecordAsync(visit, answer, cancellationToken);
                return await step.BeginDialogAsync(MenuTopics.Barriers, new TopicOptions { Text = text, Barriers = [.. reading.Barriers(text, step.Context.Language)] }, cancellationToken);
            case VisitReply.Answered:
                await RecordAsync(visit, answer, cancellationToken);
                await step.SayAsync(strings, "Visit.Missed.Thanks", cancellationToken);
                return await step.BeginDialogAsync(MenuTopics.Barriers, new TopicOptions { Text = text }, cancellationToken);
            case VisitReading.Topic:
                return await step.EndDialogAsync(new MainDialogOptions { SkipGreeting = true, Topic = text }, cancellationToken);
            default:
                return await step.EndDialogAsync(new MainDialogOptions { SkipGreeting = true }, cancellationToken);
        }
    }

    private Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);

    private Task RecordAsync(VisitOptions visit, string answer, CancellationToken cancellationToken) =>
        recorder.RecordAsync(visit.OutreachId, visit.AppointmentId, answer, cancellationToken);

    private static VisitOptions Visit(WaterfallStepContext step) =>
        step.GetOptions<VisitOptions>() ?? throw new InvalidOperationException("A visit conversation needs its VisitOptions.");
}
