using PuenteBot.Dialogs.Contact;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Handouts;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.StigmaShame;

/// <summary>
/// Stigma and shame: asks how confident the caregiver feels about continuing care (0–10), explores what worries
/// them most (or takes it from the words that opened the topic), normalises that worry, offers the handout that
/// fits and, for family worries, ideas for talking with relatives; asks the confidence question again, reflects
/// the change, and offers to let the care team know.
/// </summary>
public sealed class StigmaShameDialog : ComponentDialog
{
    private const string FlowId = "stigma.flow";
    private const string ConfidencePromptId = "stigma.confidence";
    private const string WorryPromptId = "stigma.worry";
    private const string WordsPromptId = "stigma.words";
    private const string OfferPromptId = "stigma.offer";
    private const string KindKey = "kind";
    private const string BeforeKey = "before";
    private const string ShareReason = "stigma_shame";

    private readonly IStringLocalizer<Strings> strings;
    private readonly HandoutLibrary handouts;
    private readonly TimeProvider clock;

    public StigmaShameDialog(
        IStringLocalizer<Strings> strings,
        NumberRecognizer numbers,
        ChoiceRecognizer choices,
        BooleanRecognizer booleans,
        HandoutLibrary handouts,
        TimeProvider clock)
        : base(MenuTopics.Stigma)
    {
        this.strings = strings;
        this.handouts = handouts;
        this.clock = clock;
        AddDialog(new WaterfallDialog(FlowId, [AskConfidenceStepAsync, AskWorryStepAsync, AskWordsStepAsync, NormaliseStepAsync, HandoutStepAsync, ReflectStepAsync, ShareStepAsync]));
        AddDialog(new RatingPrompt(ConfidencePromptId, numbers, strings, ConfidenceQuestion.ValidateAsync));
        AddDialog(new ConcernPrompt(WorryPromptId, choices, strings));
        AddDialog(new TextPrompt(WordsPromptId, strings));
        AddDialog(new ConfirmPrompt(OfferPromptId, booleans, choices, strings));
    }

    private async Task<DialogTurnResult> AskConfidenceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.SayAsync(strings, "Stigma.Intro", cancellationToken);
        return await step.PromptAsync(ConfidencePromptId, ConfidenceQuestion.Options("Stigma.Confidence.Before"), cancellationToken);
    }

    private async Task<DialogTurnResult> AskWorryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (ConfidenceQuestion.Rating(step.Result) is { } before)
        {
            step.Values[BeforeKey] = before;
            step.Context.Conversation.Notes.ConfidenceBefore = before;
        }
        else
        {
            await step.SayAsync(strings, "Stigma.Confidence.Skipped", cancellationToken);
        }

        var options = step.GetOptions<TopicOptions>();
        if (TopicOpening.Words(options, strings, MenuTopics.Stigma) is { } opening
            && (ConcernKinds.Recognize(opening) ?? ConcernKinds.FromBarriers(options!.Barriers)) is { } kind)
        {
            return await step.NextAsync(new ConcernAnswer(kind, opening), cancellationToken);
        }

        return await step.PromptAsync(WorryPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Stigma.Worry.Prompt"),
            RetryPrompt = Activity.Message("Stigma.Worry.Retry"),
            MaxRetries = 1,
            Choices = [.. ConcernKinds.All.Select(k => new Choice(k, "Stigma.Worry.Option." + k))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskWordsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result is ConcernAnswer { NeedsWords: true }
            ? await step.PromptAsync(WordsPromptId, Question.Open("Stigma.Worry.Other"), cancellationToken)
            : await step.NextAsync(step.Result, cancellationToken);

    private async Task<DialogTurnResult> NormaliseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.Result switch
        {
            ConcernAnswer given => given,
            string words when NoAnswer.Is(words) => new ConcernAnswer(ConcernKinds.Other, null),
            string words => new ConcernAnswer(ConcernKinds.Recognize(words) ?? ConcernKinds.Other, words),
            _ => ConcernAnswer.None,
        };
        if (answer.Kind is { } kind)
        {
            step.Values[KindKey] = kind;
            step.Context.Conversation.Notes.Concerns.Add(new ConcernNote { Kind = kind, Words = answer.Words, At = clock.GetUtcNow() });
        }
        else
        {
            await step.SayAsync(strings, "Stigma.Worry.None", cancellationToken);
        }

        await step.SayAsync(strings, "Stigma.Normal." + (answer.Kind ?? ConcernKinds.Other), cancellationToken);
        return await step.PromptAsync(OfferPromptId, Question.YesNo("Stigma.Handout.Offer", "Stigma.Handout.Retry"), cancellationToken);
    }

    private async Task<DialogTurnResult> HandoutStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var kind = (string?)step.Values[KindKey];
        if (step.Result is true && handouts.Find(step.Context.Language, ConcernKinds.HandoutFor(kind)) is { } handout)
        {
            await step.Context.SendHandoutAsync(handout, strings, cancellationToken);
        }
        else
        {
            await step.SayAsync(strings, "Stigma.Handout.Declined", cancellationToken);
        }

        if (kind == ConcernKinds.FamilyOpinion)
        {
            await step.SayAsync(strings, "Stigma.Family.Ideas", cancellationToken);
        }

        return await step.PromptAsync(ConfidencePromptId, ConfidenceQuestion.Options("Stigma.Confidence.After"), cancellationToken);
    }

    private async Task<DialogTurnResult> ReflectStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var after = ConfidenceQuestion.Rating(step.Result);
        if (after is not null)
        {
            step.Context.Conversation.Notes.ConfidenceAfter = after;
        }

        if (after is { } now && (int?)step.Values[BeforeKey] is { } before)
        {
            var change = now > before ? "Up" : now < before ? "Down" : "Same";
            await step.SayAsync(strings, "Stigma.Confidence." + change, cancellationToken, before, now);
        }
        else
        {
            await step.SayAsync(strings, "Stigma.Confidence.Thanks", cancellationToken);
        }

        var ask = (string?)step.Values[KindKey] switch
        {
            ConcernKinds.Medication => "Stigma.Share.Medication",
            null => "Stigma.Share.General",
            _ => "Stigma.Share",
        };
        return await step.PromptAsync(OfferPromptId, Question.YesNo(ask, "Stigma.Share.Retry"), cancellationToken);
    }

    private async Task<DialogTurnResult> ShareStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            var worry = step.Context.Conversation.Notes.Concerns.LastOrDefault();
            var escalation = step.Context.EscalateToCareTeam(Urgency.Routine, ShareReason, Triggers.Pick(step.Context, Triggers.Noted(worry?.Words, worry?.At)), new JsonObject { ["concern"] = (string?)step.Values[KindKey] });
            await step.SayAsync(strings, "Stigma.Shared", cancellationToken);
            return await ContactDialog.AskOrEndAsync(step.Dialog, escalation, cancellationToken);
        }

        await step.SayAsync(strings, "Stigma.NotShared", cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
