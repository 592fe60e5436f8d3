using PuenteBot.Dialogs.Contact;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// "What might get in the way of coming back?": the barriers the caregiver named (or picks now, or tells in their
/// own words), each worked through to a plan, then an offer to share the plan with the care team — one barrier
/// report for all of it — and a word of encouragement for the next visit. Several concerns in one message are
/// all said back first, in one reply, and the family picks where to start (or corrects what was heard).
/// </summary>
public sealed class BarriersDialog : ComponentDialog
{
    private const string FlowId = "barriers.flow";
    private const string WhichPromptId = "barriers.which";
    private const string ElsePromptId = "barriers.else";
    private const string SharePromptId = "barriers.share";
    private const string OrderPromptId = "barriers.order";
    private const string QueueKey = "queue";
    private const string FirstNoteKey = "firstNote";

    private readonly IStringLocalizer<Strings> strings;
    private readonly IntentRecognizer intents;

    public BarriersDialog(
        IStringLocalizer<Strings> strings,
        ChoiceRecognizer choices,
        BooleanRecognizer booleans,
        IntentRecognizer intents,
        HandoutLibrary handouts,
        IOptions<ClinicOptions> clinic,
        TimeProvider clock)
        : base(MenuTopics.Barriers)
    {
        this.strings = strings;
        this.intents = intents;
        AddDialog(new WaterfallDialog(FlowId, [AskStepAsync, HearStepAsync, OrderStepAsync, WorkThroughStepAsync, ShareStepAsync, CloseStepAsync]));
        AddDialog(new BarrierPlanDialog(strings, new BarrierPlaybook(clinic.Value), new BarrierAnswers(booleans), intents, handouts, clock));
        AddDialog(new OrderPrompt(OrderPromptId, choices, intents, strings));
        AddDialog(new TextPrompt(BarrierPlanDialog.WouldHelpPromptId, strings));
        AddDialog(new BarrierPrompt(WhichPromptId, choices, intents, strings));
        AddDialog(new TextPrompt(ElsePromptId, strings));
        AddDialog(new TextPrompt(BarrierPlanDialog.DetailPromptId, strings));
        AddDialog(new PlanPrompt(BarrierPlanDialog.PlanPromptId, choices, strings));
        AddDialog(new ConfirmPrompt(SharePromptId, booleans, choices, strings));
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[FirstNoteKey] = step.Context.Conversation.Notes.Barriers.Count;
        if (step.GetOptions<TopicOptions>() is { Barriers.Count: > 0 } topic)
        {
            var heard = HeardConcerns.Keep(topic.Barriers, topic.Text, step.Context.Conversation.Notes.Facts);
            return await step.NextAsync(new BarrierAnswer([.. heard.Select(kind => new NamedBarrier(kind, topic.Text))]), cancellationToken);
        }

        return await step.PromptAsync(WhichPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Barriers.Ask"),
            RetryPrompt = Activity.Message("Barriers.Ask.Retry"),
            Choices = [.. BarrierPlaybook.Listed.Select(kind => new Choice(kind, "Barriers.Kind." + kind))],
            MaxRetries = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> HearStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case BarrierAnswer { Nothing: true }:
                await step.SayAsync(strings, "Barriers.Nothing", cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case BarrierAnswer { SomethingElse: true }:
                return await step.PromptAsync(ElsePromptId, new PromptOptions
                {
                    Localized = true,
                    Prompt = Activity.Message("Barriers.Ask.Else"),
                    RetryPrompt = Activity.Message("Barriers.Ask.Else"),
                }, cancellationToken);
            case BarrierAnswer answer:
                return await step.NextAsync(answer.Barriers, cancellationToken);
            default:
                return await step.NextAsync(null, cancellationToken);
        }
    }

    /// <summary>
    /// Several concerns: all said back in one reply, and the family picks the one to start with. Words no label
    /// fits are kept as the caregiver wrote them.
    /// </summary>
    private async Task<DialogTurnResult> OrderStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Context.Activity.Text;
        var barriers = step.Result as IReadOnlyList<NamedBarrier>
            ?? [.. HeardConcerns.Keep(intents.Recognize(text, step.Context.Language).Barriers, text, step.Context.Conversation.Notes.Facts).Select(kind => new NamedBarrier(kind, text))];
        if (barriers.Count < 2)
        {
            return await step.NextAsync(new OrderAnswer(barriers.Count > 0 ? barriers : [new NamedBarrier(BarrierPlaybook.Other, text)]), cancellationToken);
        }

        step.Values[QueueKey] = DialogJson.ToNode(barriers);
        return await step.PromptAsync(OrderPromptId, OrderPrompt.For(barriers), cancellationToken);
    }

    /// <summary>Works through the concerns in the order chosen (in the order told when the family did not pick one).</summary>
    private async Task<DialogTurnResult> WorkThroughStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var told = DialogJson.FromNode<List<NamedBarrier>>(step.Values[QueueKey]) ?? [];
        var answer = step.Result as OrderAnswer ?? new OrderAnswer(told);
        var barriers = answer.Barriers.Select(b => b.Words is null ? told.FirstOrDefault(t => t.Kind == b.Kind) ?? b : b).ToList();
        if (answer.Corrected)
        {
            await step.SayAsync(strings, "Barriers.Corrected", cancellationToken);
        }

        if (barriers.Count == 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.BeginDialogAsync(BarrierPlanDialog.DialogId, new BarrierPlanOptions { Barriers = barriers }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShareStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Heard(step).Count == 0 && step.Result is BarrierPlanDialog.Misheard)
        {
            return await step.ReplaceDialogAsync(FlowId, new TopicOptions(), cancellationToken);
        }

        if (Heard(step).Count == 0)
        {
            await step.SayAsync(strings, "Barriers.Close", cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(SharePromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Barriers.Share"),
            RetryPrompt = Activity.Message("Barriers.Share.Retry"),
            MaxRetries = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? escalation = null;
        if (step.Result is true)
        {
            var heard = Heard(step);
            heard.ForEach(note => note.SharedWithCareTeam = true);
            var said = heard.FirstOrDefault(note => Triggers.IsSubstantive(note.Words));
            escalation = step.Context.EscalateToCareTeam(Urgency.BarrierReport, MenuTopics.Barriers, Triggers.Pick(step.Context, Triggers.Noted(said?.Words, said?.At)), new JsonObject { ["barriers"] = DialogJson.ToNode(heard) });
            await step.SayAsync(strings, "Barriers.Shared", cancellationToken);
        }
        else
        {
            await step.SayAsync(strings, "Barriers.NotShared", cancellationToken);
        }

        await step.SayAsync(strings, "Barriers.Close", cancellationToken);
        return escalation is null ? await step.EndDialogAsync(null, cancellationToken) : await ContactDialog.AskOrEndAsync(step.Dialog, escalation, cancellationToken);
    }

    /// <summary>The barriers noted in this talk (not ones from an earlier one).</summary>
    private static List<BarrierNote> Heard(WaterfallStepContext step) =>
        [.. step.Context.Conversation.Notes.Barriers.Skip((int)step.Values[FirstNoteKey]!)];
}
