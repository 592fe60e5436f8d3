using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Handouts;
using PuenteBot.Dialogs.Listening;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// One barrier, then the next: reflect it back; ask one clarifying question — or, when the family already said
/// the answer, say it back to them instead — offer two or three options from the playbook (never one they turned
/// down), note the plan chosen, and send the handout that fits it. "None of these" brings an open question
/// ("what would help?") instead of a guide repeating the same ideas. A reply that corrects what was heard (to
/// the question or at the options) replaces the barrier. Each barrier is noted for the care team as soon as it is named, so a crisis in the
/// middle already carries it.
/// </summary>
public sealed class BarrierPlanDialog : WaterfallDialog
{
    public const string DialogId = "barriers.plan";
    public const string DetailPromptId = "barriers.detail";
    public const string PlanPromptId = "barriers.choice";
    public const string WouldHelpPromptId = "barriers.wouldHelp";

    /// <summary>The result when a correction left nothing of what was heard: the family is asked again.</summary>
    public const string Misheard = "misheard";

    private const string NoteKey = "note";
    private const string KnownKey = "known";
    private const string OfferedKey = "offered";

    private readonly IStringLocalizer<Strings> strings;
    private readonly BarrierPlaybook playbook;
    private readonly BarrierAnswers answers;
    private readonly IntentRecognizer intents;
    private readonly HandoutLibrary handouts;
    private readonly TimeProvider clock;

    public BarrierPlanDialog(IStringLocalizer<Strings> strings, BarrierPlaybook playbook, BarrierAnswers answers, IntentRecognizer intents, HandoutLibrary handouts, TimeProvider clock)
        : base(DialogId, [])
    {
        this.strings = strings;
        this.playbook = playbook;
        this.answers = answers;
        this.intents = intents;
        this.handouts = handouts;
        this.clock = clock;
        AddStep(ReflectStepAsync);
        AddStep(OfferStepAsync);
        AddStep(PlanStepAsync);
        AddStep(WouldHelpStepAsync);
    }

    private async Task<DialogTurnResult> ReflectStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<BarrierPlanOptions>()!;
        var notes = step.Context.Conversation.Notes;
        step.Values[NoteKey] = notes.Barriers.Count;
        var note = new BarrierNote { Kind = options.Current.Kind, Words = options.Current.Words, At = clock.GetUtcNow() };
        notes.Barriers.Add(note);
        await step.SayAsync(strings, "Barriers.Reflect." + options.Current.Kind, cancellationToken);
        if (options.Current.Kind == BarrierPlaybook.Other)
        {
            return await NextOrEndAsync(step, options, cancellationToken);
        }

        if (BarrierAnswers.Known(options.Current.Kind, notes.Facts, options.Current.Words) is { } known)
        {
            note.Answer = known.Answer;
            step.Values[KnownKey] = true;
            await step.SayAsync(strings, known.ConfirmationKey, cancellationToken);
            return await step.NextAsync(null, cancellationToken);
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
        if (!step.Values.ContainsKey(KnownKey))
        {
            var detail = step.Result as string;
            if (Corrected(step, detail) is { } corrected)
            {
                return await CorrectAsync(step, corrected, cancellationToken);
            }

            note.Detail = detail;
            note.Answer = answers.Understand(note.Kind, detail) ?? BarrierAnswers.Known(note.Kind, step.Context.Conversation.Notes.Facts)?.Answer;
        }

        var declined = step.Context.Conversation.Notes.DeclinedOptions;
        var offered = playbook.OptionsFor(note.Kind, note.Answer).Where(o => !declined.Contains(o)).ToList();
        step.Values[OfferedKey] = DialogJson.ToNode(offered);
        if (offered.Count == 0)
        {
            return await AskWhatWouldHelpAsync(step, cancellationToken);
        }

        return await step.PromptAsync(PlanPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Barriers.Options"),
            RetryPrompt = Activity.Message("Barriers.Options.Retry"),
            Choices = [.. offered.Append(PlanPrompt.NoneKey).Select(key => new Choice(key, key))],
            MaxRetries = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> PlanStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var note = Note(step);
        if (step.Result is FoundChoice { Value: PlanPrompt.CorrectionKey } && Corrected(step, step.Context.Activity.Text) is { } corrected)
        {
            return await CorrectAsync(step, corrected, cancellationToken);
        }

        if (step.Result is not FoundChoice { Value: not (PlanPrompt.NoneKey or PlanPrompt.CorrectionKey) } plan)
        {
            var declined = step.Context.Conversation.Notes.DeclinedOptions;
            declined.AddRange((DialogJson.FromNode<List<string>>(step.Values[OfferedKey]) ?? []).Where(o => !declined.Contains(o)));
            return await AskWhatWouldHelpAsync(step, cancellationToken);
        }

        note.Plan = plan.Value;
        note.PlanText = strings.For(step.Context, plan.Value);
        await step.SayAsync(strings, "Barriers.Plan.Chosen", cancellationToken);
        await SayPracticalWordsAsync(step, plan.Value, cancellationToken);
        if (BarrierPlaybook.HandoutFor(handouts, step.Context.Language, note.Kind, plan.Value) is { } handout
            && !step.Context.Conversation.Notes.HandoutsSent.Contains(handout.Slug))
        {
            await step.SayAsync(strings, "Barriers.Handout", cancellationToken);
            await step.Context.SendHandoutAsync(handout, strings, cancellationToken);
        }

        return await NextOrEndAsync(step, step.GetOptions<BarrierPlanOptions>()!, cancellationToken);
    }

    /// <summary>The family's own idea after none of the options fit, kept for the care team.</summary>
    private async Task<DialogTurnResult> WouldHelpStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var words = step.Result as string;
        Note(step).WouldHelp = words;
        await step.SayAsync(strings, NoAnswer.Is(words) ? "Barriers.Plan.None" : "Barriers.WouldHelp.Noted", cancellationToken);
        return await NextOrEndAsync(step, step.GetOptions<BarrierPlanOptions>()!, cancellationToken);
    }

    private Task<DialogTurnResult> AskWhatWouldHelpAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(WouldHelpPromptId, Question.Open("Barriers.WouldHelp"), cancellationToken);

    /// <summary>The barriers left when the reply to the clarifying question corrects what was heard, or null.</summary>
    private List<NamedBarrier>? Corrected(WaterfallStepContext step, string? detail)
    {
        var options = step.GetOptions<BarrierPlanOptions>()!;
        var pending = options.Barriers.Skip(options.Index).ToList();
        var named = intents.Recognize(detail, step.Context.Language).Barriers.Where(kind => kind != options.Current.Kind).ToList();
        return BarrierCorrection.Apply(pending, options.Current.Kind, detail, named, FactsListener.SaidNow(step.Context));
    }

    /// <summary>Drops the barrier misheard and goes on with what the family said instead.</summary>
    private async Task<DialogTurnResult> CorrectAsync(WaterfallStepContext step, List<NamedBarrier> corrected, CancellationToken cancellationToken)
    {
        step.Context.Conversation.Notes.Barriers.RemoveAt((int)step.Values[NoteKey]!);
        await step.SayAsync(strings, "Barriers.Corrected", cancellationToken);
        return corrected.Count == 0
            ? await step.EndDialogAsync(Misheard, cancellationToken)
            : await step.ReplaceDialogAsync(DialogId, new BarrierPlanOptions { Barriers = corrected }, cancellationToken);
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

    /// <summary>Ends after the last barrier; otherwise names the next one, as the family told it, and takes it up.</summary>
    private async Task<DialogTurnResult> NextOrEndAsync(WaterfallStepContext step, BarrierPlanOptions options, CancellationToken cancellationToken)
    {
        if (!options.HasNext)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var next = options.NextOne();
        await step.SayAsync(strings, "Barriers.Next.About", cancellationToken, strings.For(step.Context, "Barriers.Topic." + next.Current.Kind));
        return await step.ReplaceDialogAsync(DialogId, next, cancellationToken);
    }

    private static BarrierNote Note(WaterfallStepContext step) =>
        step.Context.Conversation.Notes.Barriers[(int)step.Values[NoteKey]!];
}
