using System.Text.Json;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Questions;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>
/// Asks one question and waits for an answer it can recognize and the validator accepts. It asks again with
/// the retry prompt (saying the way out at the second miss), and after <see cref="PromptOptions.MaxRetries"/> it ends
/// with null so the conversation moves on instead of trapping the caregiver. Thanks, goodbyes, ok and emoji that are
/// no answer get a fitting reply (<see cref="SmallTalk"/>) and are not counted as misses; so is a question the
/// <see cref="DialogContext.QuestionFallback"/> answers, after which the question is asked again.
/// </summary>
public abstract class Prompt<T>(string id, IStringLocalizer<Strings> strings, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = PromptState.OptionsKey;
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException($"{Id} needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = DialogJson.ToNode(promptOptions);
        state[AttemptsKey] = 0;
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        var attempts = ((int?)state[AttemptsKey] ?? 0) + 1;

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var valid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        var previous = options.LastFallback;
        options.LastFallback = null;
        options.Narrowed = null;
        if (!options.AsksLanguage && !dc.Context.Responded && previous != QuestionAnswered
            && dc.QuestionFallback is { } fallback && await fallback.TryAnswerAsync(dc.Context, cancellationToken))
        {
            options.LastFallback = QuestionAnswered;
            await OnPromptAsync(dc.Context, options, isRetry: false, cancellationToken);
            state[OptionsKey] = DialogJson.ToNode(options);
            return DialogTurnResult.EndOfTurn;
        }

        if (!options.AsksLanguage && !dc.Context.Responded && SmallTalk.Of(dc.Context.Activity.Text) is { } talk && talk != previous)
        {
            options.LastFallback = talk;
            await OnSmallTalkAsync(dc.Context, options, talk, cancellationToken);
            state[OptionsKey] = DialogJson.ToNode(options);
            return DialogTurnResult.EndOfTurn;
        }

        state[AttemptsKey] = attempts;
        if (attempts > options.MaxRetries)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (!dc.Context.Responded)
        {
            await OnRetryAsync(dc.Context, options, attempts, cancellationToken);
        }

        state[OptionsKey] = DialogJson.ToNode(options);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, ReadOptions(instance.State), isRetry: false, cancellationToken);

    /// <summary>
    /// An answer not understood, <paramref name="attempts"/> times so far: the retry prompt. The second miss also says
    /// the way out (the menu or a person), once the caregiver has consented, so no question traps anyone.
    /// </summary>
    protected virtual async Task OnRetryAsync(ITurnContext context, PromptOptions options, int attempts, CancellationToken cancellationToken)
    {
        if (attempts >= WayOutAttempts && context.Conversation.Consented)
        {
            await context.SendActivityAsync(Activity.Message(strings.For(context, "Fallback.WayOut")), cancellationToken);
        }

        await OnPromptAsync(context, options, isRetry: true, cancellationToken);
    }

    /// <summary>
    /// Thanks, goodbye, ok or feeling emoji that are no answer: a fitting reply, not counted as a miss (the same kind twice
    /// in a row is). Thanks and goodbye are answered and the question waits; after ok or a sad face it is asked again.
    /// </summary>
    protected virtual async Task OnSmallTalkAsync(ITurnContext context, PromptOptions options, string talk, CancellationToken cancellationToken)
    {
        var key = talk == SmallTalk.Distress ? "Fallback.Distress.Step" : "Fallback." + talk;
        await context.SendActivityAsync(Activity.Message(strings.For(context, key)), cancellationToken);
        if (talk is SmallTalk.Okay or SmallTalk.Distress)
        {
            await OnPromptAsync(context, options, isRetry: false, cancellationToken);
        }
    }

    /// <summary>
    /// The last message was a question the fallback answered (<see cref="IQuestionFallback"/>); the next miss is a
    /// miss, so one unanswerable question after another never loops.
    /// </summary>
    private const string QuestionAnswered = "question";

    /// <summary>The miss after which the way out is offered.</summary>
    protected const int WayOutAttempts = 2;

    /// <summary>Sends the prompt (or the retry prompt), with the options as suggested actions.</summary>
    protected virtual Task OnPromptAsync(ITurnContext context, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var source = (isRetry ? options.RetryPrompt : null) ?? options.Prompt;
        if (source is null)
        {
            return Task.CompletedTask;
        }

        var activity = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(source, ProtocolJsonContext.Default.Activity), ProtocolJsonContext.Default.Activity)!;
        if (options.Localized && activity.Text is { } key)
        {
            activity.Text = strings.For(context, key);
        }

        activity.InputHint ??= InputHints.ExpectingInput;
        var choices = ChoicesFor(context, options);
        if (choices.Count > 0 && activity.SuggestedActions is null)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(c => CardAction.ImBack(c.Title))] };
        }

        return context.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>The options offered with the question, titles in the conversation's language.</summary>
    protected virtual IReadOnlyList<Choice> ChoicesFor(ITurnContext context, PromptOptions options) =>
        options is { Localized: true, Choices: { } choices }
            ? [.. choices.Select(c => c with { Title = strings.For(context, c.Title) })]
            : options.Choices ?? [];

    /// <summary>The UI strings, for prompts that add their own words (yes and no).</summary>
    protected IStringLocalizer<Strings> Strings => strings;

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken);

    private static PromptOptions ReadOptions(System.Text.Json.Nodes.JsonObject state) =>
        DialogJson.FromNode<PromptOptions>(state[OptionsKey]) ?? new PromptOptions();
}
