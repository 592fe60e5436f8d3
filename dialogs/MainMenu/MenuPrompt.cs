using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Questions;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.MainMenu;

/// <summary>
/// The menu question: answered by an option's number or words, or by a sentence that names a topic. A sentence's
/// topic wins over an option it only half matches ("my family thinks…" is not "Things got harder"). When the words name
/// no topic surely (the lexicon recognized nothing and the learned model reads two topics, neither over
/// <see cref="SureReading"/>), or name none, the first miss asks "Do you mean A or B?" with the model's two likeliest
/// topics (numbered 1 and 2), or asks again when the model has no two; the second miss offers the way out: a person, or
/// a topic. Before that first miss, when the clinic has a language model, it picks among the menu topics' intents
/// (<see cref="IntentFallback"/>), and a sure pick opens that topic. A sad face gets a gentle check-in, and a yes to it
/// opens "Things got harder".
/// </summary>
public sealed class MenuPrompt(string id, ChoiceRecognizer choices, IntentRecognizer intents, IntentFallback fallback, IStringLocalizer<Strings> strings)
    : Prompt<FoundChoice>(id, strings)
{
    /// <summary>The intents that open a menu topic (<see cref="MenuTopics.FromIntent"/>), the only ones the model may pick.</summary>
    public static readonly IReadOnlyList<string> TopicIntents =
        [Intents.Barrier, Intents.StigmaShame, Intents.Setback, Intents.HandoutRequest, Intents.TalkToClinician];

    /// <summary>A topic the model gives less than this is no reading to offer.</summary>
    public const double MinReading = 0.2;

    /// <summary>Under this, with a second reading, the model is unsure: the caregiver is asked which one they mean.</summary>
    public const double SureReading = 0.6;

    private static readonly BooleanRecognizer Booleans = new();

    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text;
        if (options.LastFallback == SmallTalk.Distress && Booleans.Recognize(text) == true)
        {
            return PromptRecognizerResult<FoundChoice>.Of(new FoundChoice(MenuTopics.Setback, -1, 1.0));
        }

        var offered = ChoicesFor(context, options);
        var picked = choices.Recognize(text, offered, context.Language);
        if (picked is { Score: >= TitleScore })
        {
            context.TurnState[TurnStateKeys.MenuTitlePicked] = true;
        }

        var titled = picked is { Score: >= TitleScore };
        var found = !titled && IsUnsure(text) ? null
            : !titled && MenuTopics.FromIntent(intents.Recognize(context, text)) is { } topic ? new FoundChoice(topic, MenuTopicIndex(offered, topic), 1.0)
            : picked;
        found ??= await ModelPickAsync(context, offered, cancellationToken);
        return found is null ? PromptRecognizerResult<FoundChoice>.Failed : PromptRecognizerResult<FoundChoice>.Of(found);
    }

    /// <summary>
    /// The topic the language model is sure the words ask for, when the recognizers placed none; null without a model,
    /// for small talk ("thanks", "ok", a sad face: answered as such), for a question (the grounded answers' to answer,
    /// <see cref="DialogContext.QuestionFallback"/>), or when it is unsure.
    /// </summary>
    private async Task<FoundChoice?> ModelPickAsync(ITurnContext context, IReadOnlyList<Choice> offered, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text;
        if (!fallback.IsAvailable || string.IsNullOrWhiteSpace(text) || SmallTalk.Of(text) is not null || QuestionWords.IsQuestion(text))
        {
            return null;
        }

        var intent = await fallback.PickAsync(text, context.Language, TopicIntents, cancellationToken);
        return intent is not null && MenuTopics.FromIntent(new IntentResult(intent, 1.0, [])) is { } topic
            ? new FoundChoice(topic, MenuTopicIndex(offered, topic), 1.0)
            : null;
    }

    /// <summary>After "Do you mean A or B?", A and B come first, so "1" and "2" pick them; the other topics still answer by their words.</summary>
    protected override IReadOnlyList<Choice> ChoicesFor(ITurnContext context, PromptOptions options)
    {
        var all = base.ChoicesFor(context, options);
        return options.Narrowed is { } narrowed
            ? [.. narrowed.Select(v => all.First(c => c.Value == v)), .. all.Where(c => !narrowed.Contains(c.Value))]
            : all;
    }

    protected override Task OnRetryAsync(ITurnContext context, PromptOptions options, int attempts, CancellationToken cancellationToken)
    {
        if (attempts >= WayOutAttempts)
        {
            return SendAsync(context, Strings.For(context, "Menu.WayOut"), ChoicesFor(context, options), cancellationToken);
        }

        var readings = Readings(context.Activity.Text);
        if (readings.Count < 2)
        {
            return base.OnRetryAsync(context, options, attempts, cancellationToken);
        }

        options.Narrowed = [.. readings.Select(r => r.Topic)];
        options.LastFallback = nameof(PromptOptions.Narrowed);
        var offered = ChoicesFor(context, options).Take(2).ToList();
        return SendAsync(context, Strings.For(context, "Menu.DoYouMean", offered[0].Title, offered[1].Title), offered, cancellationToken);
    }

    protected override async Task OnSmallTalkAsync(ITurnContext context, PromptOptions options, string talk, CancellationToken cancellationToken)
    {
        if (talk == SmallTalk.Distress)
        {
            await context.SendActivityAsync(Activity.Message(Strings.For(context, "Fallback.Distress")), cancellationToken);
            return;
        }

        await base.OnSmallTalkAsync(context, options, talk, cancellationToken);
    }

    /// <summary>The two likeliest menu topics of the model's readings, each at least <see cref="MinReading"/>.</summary>
    private List<(string Topic, double Probability)> Readings(string? text) =>
        [.. intents.Likeliest(text)
            .Where(r => r.Probability >= MinReading)
            .Select(r => (Topic: MenuTopics.FromIntent(new IntentResult(r.Intent, r.Probability, [])), r.Probability))
            .Where(r => r.Topic is not null)
            .Select(r => (r.Topic!, r.Probability))
            .DistinctBy(r => r.Item1)
            .Take(2)];

    /// <summary>The lexicon recognized nothing and the model reads two topics, neither surely (<see cref="SureReading"/>).</summary>
    private bool IsUnsure(string? text) =>
        intents.RecognizeLexicon(NormalizedText.Of(text)).Intent == Intents.Other
        && Readings(text) is [var first, _] && first.Probability < SureReading;

    private static Task SendAsync(ITurnContext context, string text, IEnumerable<Choice> offered, CancellationToken cancellationToken)
    {
        var activity = Activity.Message(text);
        activity.InputHint = InputHints.ExpectingInput;
        activity.SuggestedActions = new SuggestedActions { Actions = [.. offered.Select(c => CardAction.ImBack(c.Title))] };
        return context.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>A choice found this well is the option named, whatever the recognizers make of the words.</summary>
    private const double TitleScore = 0.8;

    private static int MenuTopicIndex(IReadOnlyList<Choice> offered, string topic) =>
        offered.Select((choice, index) => (choice, index)).FirstOrDefault(c => c.choice.Value == topic, (null!, -1)).Item2;
}
