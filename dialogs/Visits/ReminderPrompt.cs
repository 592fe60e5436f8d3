using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// The reminder and its three answers (1 = I'll be there, 2 = I need to change it, 3 = something is in the way:
/// buttons on web chat, numbered lines on SMS), read by <see cref="VisitReading"/>: a number, the option's words, or
/// the family's own ("ok see u then", "no tengo raite"). It opens with the whole reminder; asked again (after an
/// answered question or a change of language) or retried, it is the short question with the same three answers.
/// </summary>
public sealed class ReminderPrompt(string id, VisitReading reading, IStringLocalizer<Strings> strings) : Prompt<string>(id, strings)
{
    /// <summary>The three answers, in the order numbered.</summary>
    public static readonly IReadOnlyList<string> Answers = [VisitReply.Confirmed, VisitReply.Change, VisitReply.Barrier];

    /// <summary>The question asked again and retried once; a second miss ends the prompt with null.</summary>
    public static PromptOptions Options() => new()
    {
        Localized = true,
        Prompt = Activity.Message("Visit.Reminder.Again"),
        RetryPrompt = Activity.Message("Visit.Reminder.Retry"),
        Choices = [.. Answers.Select(answer => new Choice(answer, "Visit.Option." + answer))],
        MaxRetries = 1,
    };

    /// <summary>Sends <see cref="ReminderQuestion.Text"/> (the whole reminder) with the three answers, then waits as the short question.</summary>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var question = options as ReminderQuestion ?? throw new ArgumentException($"{Id} needs a ReminderQuestion.", nameof(options));
        var asked = Options();
        dc.ActiveDialog!.State[PromptState.OptionsKey] = DialogJson.ToNode(asked);
        await OnPromptAsync(dc.Context, new PromptOptions { Prompt = Activity.Message(question.Text), Choices = [.. ChoicesFor(dc.Context, asked)] }, isRetry: false, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    /// <summary>
    /// A reply not understood is always answered with the retry — also when something else was said first this turn
    /// (the automated-assistant notice that usually comes with the first reply to a reminder), which the base prompt
    /// takes as an answer already given.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var before = dc.Context.Replies.Count;
        var result = await base.ContinueDialogAsync(dc, cancellationToken);
        if (result.Status == DialogTurnStatus.Waiting && before > 0 && dc.Context.Replies.Count == before
            && dc.Context.Activity.Type == ActivityTypes.Message && PromptState.OptionsOf(dc.ActiveDialog) is { } options)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
        }

        return result;
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(reading.Reminder(context.Activity.Text, ChoicesFor(context, options), context.Language) is { } answer
            ? PromptRecognizerResult<string>.Of(answer)
            : PromptRecognizerResult<string>.Failed);
}
