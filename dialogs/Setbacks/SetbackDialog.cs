using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Contact;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Handouts;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Setbacks;

/// <summary>
/// When things got worse: acknowledges it, asks briefly what happened (unless the words that opened the topic
/// already say), normalises setbacks at the size of what happened (a hospital stay, the ER, the police, a past
/// attempt or running away get serious wording, <see cref="SetbackSize"/>), recalls what helped before, encourages
/// the caregiver's self-care with two short guides, and offers to let the clinician know. Words of danger never
/// reach it: the risk check and the crisis conversation answer them first, then this conversation asks its
/// question again.
/// </summary>
public sealed class SetbackDialog : ComponentDialog
{
    /// <summary>The guides offered: setbacks are part of progress, and caring for yourself.</summary>
    public static readonly IReadOnlyList<string> HandoutSlugs = ["setbacks-are-part-of-progress", "caring-for-yourself"];

    private const string FlowId = "setback.flow";
    private const string TextPromptId = "setback.text";
    private const string OfferPromptId = "setback.offer";
    private const string ShareReason = "setback";

    private readonly IStringLocalizer<Strings> strings;
    private readonly HandoutLibrary handouts;
    private readonly TimeProvider clock;

    public SetbackDialog(IStringLocalizer<Strings> strings, ChoiceRecognizer choices, BooleanRecognizer booleans, HandoutLibrary handouts, TimeProvider clock)
        : base(MenuTopics.Setback)
    {
        this.strings = strings;
        this.handouts = handouts;
        this.clock = clock;
        AddDialog(new WaterfallDialog(FlowId, [AskWhatHappenedStepAsync, NormaliseStepAsync, SelfCareStepAsync, ShareOfferStepAsync, ShareStepAsync]));
        AddDialog(new TextPrompt(TextPromptId, strings));
        AddDialog(new ConfirmPrompt(OfferPromptId, booleans, choices, strings));
    }

    private async Task<DialogTurnResult> AskWhatHappenedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (TopicOpening.Words(step.GetOptions<TopicOptions>(), strings, MenuTopics.Setback) is { } opening)
        {
            await step.SayAsync(strings, SetbackSize.Key("Setback.Heard", opening), cancellationToken);
            return await step.NextAsync(opening, cancellationToken);
        }

        await step.SayAsync(strings, "Setback.Acknowledge", cancellationToken);
        return await step.PromptAsync(TextPromptId, Question.Open("Setback.WhatHappened"), cancellationToken);
    }

    private async Task<DialogTurnResult> NormaliseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var words = step.Result as string;
        if (NoAnswer.Is(words))
        {
            words = null;
            await step.SayAsync(strings, "Setback.Skipped", cancellationToken);
        }

        var serious = SetbackSize.IsSerious(words);
        step.Context.Conversation.Notes.Setbacks.Add(new SetbackNote { Words = words, Serious = serious, At = clock.GetUtcNow() });
        await step.SayAsync(strings, SetbackSize.Key("Setback.Normal", words), cancellationToken);
        return await step.PromptAsync(TextPromptId, Question.Open("Setback.HelpedBefore"), cancellationToken);
    }

    private async Task<DialogTurnResult> SelfCareStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var helped = step.Result as string;
        Current(step).HelpedBefore = helped;
        await step.SayAsync(strings, NoAnswer.Is(helped) ? "Setback.HelpedBefore.Nothing" : "Setback.HelpedBefore.Thanks", cancellationToken);
        return await step.PromptAsync(OfferPromptId, Question.YesNo("Setback.Handout.Offer", "Setback.Handout.Retry"), cancellationToken);
    }

    private async Task<DialogTurnResult> ShareOfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            foreach (var handout in HandoutSlugs.Select(slug => handouts.Find(step.Context.Language, slug)).OfType<Handout>())
            {
                await step.Context.SendHandoutAsync(handout, strings, cancellationToken);
            }
        }

        return await step.PromptAsync(OfferPromptId, Question.YesNo("Setback.Share", "Setback.Share.Retry"), cancellationToken);
    }

    private async Task<DialogTurnResult> ShareStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            var setback = Current(step);
            setback.ShareWithClinician = true;
            var escalation = step.Context.EscalateToCareTeam(Urgency.Routine, ShareReason, Triggers.Pick(step.Context, Triggers.Noted(setback.Words, setback.At)));
            await step.SayAsync(strings, "Setback.Shared", cancellationToken);
            return await ContactDialog.AskOrEndAsync(step.Dialog, escalation, cancellationToken);
        }

        await step.SayAsync(strings, "Setback.NotShared", cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The setback this conversation noted (the last one; a new one if the notes were cleared meanwhile).</summary>
    private static SetbackNote Current(WaterfallStepContext step)
    {
        var setbacks = step.Context.Conversation.Notes.Setbacks;
        if (setbacks.Count == 0)
        {
            setbacks.Add(new SetbackNote());
        }

        return setbacks[^1];
    }
}
