using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Handouts;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// One barrier, then the next: reflect it back, ask one clarifying question, offer two or three options from the
/// playbook, note the plan chosen (or none), send the handout that fits. Each barrier is noted for the care team as
/// soon as it is named, so a crisis in the middle already carries it.
/// </summary>
public sealed class BarrierPlanDialog : WaterfallDialog
{
    public const string DialogId = "barriers.plan";
    public const string DetailPromptId = "barriers.detail";
    public const string PlanPromptId = "barriers.choice";

    private const string NoteKey = "note";
    private const string NoneKey = BarrierPlaybook.OptionPrefix + "none";

    private readonly IStringLocalizer<Strings> strings;
    private readonly BarrierPlaybook playbook;
    private readonly HandoutLibrary handouts;
    private readonly TimeProvider clock;

    public BarrierPlanDialog(IStringLocalizer<Strings> strings, BarrierPlaybook playbook, HandoutLibrary handouts, TimeProvider clock)
        : base(DialogId, [])
    {
        this.strings = strings;
        this.playbook = playbook;
        this.handouts = handouts;
        this.clock = clock;
        AddStep(ReflectStepAsync);
        AddStep(OfferStepAsync);
        AddStep(PlanStepAsync);
    }

    private async Task<DialogTurnResult> ReflectStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<BarrierPlanOptions>()!;
        var notes = step.Context.Conversation.Notes.Barriers;
        step.Values[NoteKey] = notes.Count;
        notes.Add(new BarrierNote { Kind = options.Current.Kind, Words = options.Current.Words, At = clock.GetUtcNow() });
        await step.SayAsync(strings, "Barriers.Reflect." + options.Current.Kind, cancellationToken);
        if (options.Current.Kind == BarrierPlaybook.Other)
        {
            return await NextOrEndAsync(step, options, cancellationToken);
        }

        var ask = "Barriers.Ask." + options.Current.Kind;
        return await step.PromptAsync(DetailPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message(ask),
            RetryPrompt = Activity.Message(ask),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var note = Note(step);
        note.Detail = step.Result as string;
        return await step.PromptAsync(PlanPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Barriers.Options"),
            RetryPrompt = Activity.Message("Barriers.Options.Retry"),
            Choices = [.. playbook.OptionsFor(note.Kind, note.Detail).Append(NoneKey).Select(key => new Choice(key, key))],
            MaxRetries = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> PlanStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var note = Note(step);
        if (step.Result is FoundChoice { Value: not NoneKey } plan)
        {
            note.Plan = plan.Value;
            note.PlanText = strings.For(step.Context, plan.Value);
            await step.SayAsync(strings, "Barriers.Plan.Chosen", cancellationToken);
            await SayPracticalWordsAsync(step, plan.Value, cancellationToken);
        }
        else
        {
            await step.SayAsync(strings, "Barriers.Plan.None", cancellationToken);
        }

        if (BarrierPlaybook.HandoutFor(handouts, step.Context.Language, note.Kind) is { } handout
            && !step.Context.Conversation.Notes.HandoutsSent.Contains(handout.Slug))
        {
            await step.SayAsync(strings, "Barriers.Handout", cancellationToken);
            await step.Context.SendHandoutAsync(handout, strings, cancellationToken);
        }

        return await NextOrEndAsync(step, step.GetOptions<BarrierPlanOptions>()!, cancellationToken);
    }

    private async Task SayPracticalWordsAsync(WaterfallStepContext step, string plan, CancellationToken cancellationToken)
    {
        if (BarrierPlaybook.TipFor(plan) is { } tip)
        {
            await step.SayAsync(strings, tip, cancellationToken);
        }

        if (playbook.HoursFor(plan) is { } hours)
        {
            await step.SayAsync(strings, "Barriers.Plan.Hours", cancellationToken, hours);
        }

        if (playbook.PhoneFor(plan) is { } phone)
        {
            await step.SayAsync(strings, "Barriers.Plan.Phone", cancellationToken, phone);
        }
    }

    private async Task<DialogTurnResult> NextOrEndAsync(WaterfallStepContext step, BarrierPlanOptions options, CancellationToken cancellationToken)
    {
        if (!options.HasNext)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await step.SayAsync(strings, "Barriers.Next", cancellationToken);
        return await step.ReplaceDialogAsync(DialogId, options.NextOne(), cancellationToken);
    }

    private static BarrierNote Note(WaterfallStepContext step) =>
        step.Context.Conversation.Notes.Barriers[(int)step.Values[NoteKey]!];
}
