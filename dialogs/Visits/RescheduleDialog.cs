using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Dialogs.Topics;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// "I need to change it": asks what days and times work — unless the family's words already offered one ("can we do
/// friday afternoon?", "¿se podrá cambiar a un sábado?": a time the recognizer finds, said as a wish), which is not
/// asked again — then passes the family's words to the care team as a
/// routine escalation (reason <see cref="Reason"/>, quoting their answer, with the visit and what they first said)
/// and tells them the care team will contact them to find a new time. The clinic moves the visit; the bot never does.
/// </summary>
public sealed class RescheduleDialog : WaterfallDialog
{
    public const string DialogId = "visit.reschedule";

    /// <summary>The escalation's reason: the family asked for a new visit time.</summary>
    public const string Reason = "reschedule";

    private const string WhenPromptId = "visit.reschedule.when";

    private readonly IStringLocalizer<Strings> strings;
    private readonly DateTimeRecognizer dates;
    private readonly ClinicOptions clinic;
    private readonly TimeProvider clock;

    public RescheduleDialog(IStringLocalizer<Strings> strings, DateTimeRecognizer dates, ClinicOptions clinic, TimeProvider clock)
        : base(DialogId, [])
    {
        this.strings = strings;
        this.dates = dates;
        this.clinic = clinic;
        this.clock = clock;
        AddStep(AskStepAsync);
        AddStep(PassOnStepAsync);
    }

    /// <summary>The question, asked inside the visit conversation (its prompt is added there).</summary>
    public static TextPrompt Prompt(IStringLocalizer<Strings> strings) => new(WhenPromptId, strings);

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var words = step.GetOptions<RescheduleRequest>()!.Words;
        return VisitWords.OffersTime(words) && dates.Recognize(words, step.Context.Language, clock.GetUtcNow(), clinic.Zone).Count > 0
            ? step.NextAsync(words, cancellationToken)
            : step.PromptAsync(WhenPromptId, Question.Open("Visit.Change.Ask"), cancellationToken);
    }

    private async Task<DialogTurnResult> PassOnStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<RescheduleRequest>()!;
        var when = step.Result as string;
        var details = new JsonObject
        {
            ["visit"] = new JsonObject { ["outreachId"] = request.Visit.OutreachId, ["appointmentId"] = request.Visit.AppointmentId, ["start"] = request.Visit.Start },
            ["reschedule"] = new JsonObject { ["said"] = request.Words, ["when"] = when },
        };
        var quote = when is null ? Triggers.Pick(step.Context, Triggers.Noted(request.Words, null)) : TriggerMessage.Current(step.Context);
        step.Context.EscalateToCareTeam(Urgency.Routine, Reason, quote, details);
        await step.SayAsync(strings, "Visit.Change.Passed", cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
