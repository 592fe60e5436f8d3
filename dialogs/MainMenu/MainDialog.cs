using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.MainMenu;

/// <summary>
/// The root of every conversation: asks the language when the first message did not show it, greets the
/// caregiver in it, says what is kept and asks consent to continue, then offers the menu. A topic named in a
/// sentence (the first message, or any answer to the menu) opens its conversation straight away; when that
/// conversation ends, the menu comes back.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";

    /// <summary>The service key the family conversations are registered under (<c>AddKeyedSingleton&lt;Dialog, …&gt;(TopicKey)</c>); each one's id is its topic.</summary>
    public const string TopicKey = "topic";

    private const string FlowId = "main.flow";
    private const string LanguagePromptId = "main.language";
    private const string ConsentPromptId = "main.consent";
    private const string MenuPromptId = "main.menu";
    private const string PendingKey = "pending";

    private readonly IStringLocalizer<Strings> strings;
    private readonly IntentRecognizer intents;

    public MainDialog(
        IStringLocalizer<Strings> strings,
        ChoiceRecognizer choices,
        BooleanRecognizer booleans,
        IntentRecognizer intents,
        IntentFallback intentFallback,
        [FromKeyedServices(TopicKey)] IEnumerable<Dialog> topics)
        : base(DialogId)
    {
        this.strings = strings;
        this.intents = intents;
        AddDialog(new WaterfallDialog(FlowId, [AskLanguageStepAsync, GreetStepAsync, ConsentStepAsync, TopicStepAsync, AfterTopicStepAsync]));
        AddDialog(new ChoicePrompt(LanguagePromptId, choices, strings));
        AddDialog(new ConfirmPrompt(ConsentPromptId, booleans, choices, strings));
        AddDialog(new MenuPrompt(MenuPromptId, choices, intents, intentFallback, strings));
        foreach (var topic in topics)
        {
            AddDialog(topic);
        }
    }

    private async Task<DialogTurnResult> AskLanguageStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.Context.Conversation.Consented && step.Context.Activity is { Type: ActivityTypes.Message, Text: { Length: > 0 } first })
        {
            step.Values[PendingKey] = first;
        }

        if (step.GetOptions<MainDialogOptions>() is { Topic: { } topic })
        {
            step.Values[PendingKey] = topic;
        }

        if (step.Context.Conversation.Language is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        // "English" or "español" answers this question even after a miss (no switch of language), and a second miss
        // goes on in the language the messages showed, or English: the question is never asked a third time.
        var ask = strings.For(Languages.English, "Welcome.ChooseLanguage");
        return await step.PromptAsync(LanguagePromptId, new PromptOptions
        {
            Prompt = Activity.Message(ask),
            RetryPrompt = Activity.Message(ask),
            Choices =
            [
                new Choice(Languages.English, strings.For(Languages.English, "Language.Name"), ["ingles", "inglés", "in english", "english please", "en ingles"]),
                new Choice(Languages.Spanish, strings.For(Languages.Spanish, "Language.Name"), ["spanish", "espanol", "en español", "en espanol", "in spanish"]),
            ],
            AsksLanguage = true,
            MaxRetries = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> GreetStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var conversation = step.Context.Conversation;
        if (step.Result is FoundChoice language)
        {
            conversation.Language = language.Value;
            conversation.LanguageChosen = true;
        }

        conversation.Language ??= Languages.English;
        if (step.GetOptions<MainDialogOptions>() is not { SkipGreeting: true })
        {
            await step.Context.SendActivityAsync(Greeting(step.Context), cancellationToken);
        }

        if (conversation.Consented)
        {
            return await step.NextAsync(true, cancellationToken);
        }

        return await step.PromptAsync(ConsentPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Welcome.Consent"),
            RetryPrompt = Activity.Message("Welcome.Consent.Retry"),
        }, cancellationToken);
    }

    /// <summary>What PuenteBot is (an automated assistant, not a person), with a card to the published safety protocol.</summary>
    private Activity Greeting(ITurnContext context)
    {
        var greeting = Activity.Message(strings.For(context, "Welcome.Greeting"));
        var title = strings.For(context, "Welcome.SafetyCard");
        var url = "/safety/" + context.Language;
        greeting.Attachments = [new HeroCard { Title = title, Buttons = [CardAction.OpenUrl(title, url)], Tap = CardAction.OpenUrl(title, url) }.ToAttachment()];
        return greeting;
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(Activity.Message(strings.For(step.Context, "Welcome.Declined")), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Context.Conversation.Consented = true;
        if (step.Values[PendingKey] is { } pending && TopicOf(step.Context, (string?)pending) is { } topic)
        {
            return await step.NextAsync(new FoundChoice(topic, -1, 1.0), cancellationToken);
        }

        step.Values.Remove(PendingKey);
        return await step.PromptAsync(MenuPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Menu.Prompt"),
            RetryPrompt = Activity.Message("Menu.Retry"),
            Choices = [.. MenuTopics.All.Select(t => new Choice(t, "Menu.Option." + t))],
        }, cancellationToken);
    }

    /// <summary>
    /// The topic the first message named: by its intent, or the barriers it names when the intent is unclear
    /// ("no tenemos raite, el niño tiene medicaid"), so what the family told is taken up, not met with the menu.
    /// </summary>
    private string? TopicOf(ITurnContext context, string? text)
    {
        var intent = intents.Recognize(context, text);
        return MenuTopics.FromIntent(intent)
            ?? (intent is { Intent: Intents.Other, Barriers.Count: > 0 } ? MenuTopics.FromIntent(intent with { Intent = Intents.Barrier }) : null);
    }

    private async Task<DialogTurnResult> TopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice topic)
        {
            await step.SayAsync(strings, "Menu.NotUnderstood", cancellationToken);
            return await RestartAsync(step, cancellationToken);
        }

        var text = step.Values[PendingKey] is { } pending ? (string?)pending : step.Context.Activity.Text;
        step.Values.Remove(PendingKey);
        return await step.BeginDialogAsync(topic.Value, new TopicOptions
        {
            Text = text,
            Barriers = step.Context.TurnState.ContainsKey(TurnStateKeys.MenuTitlePicked) ? [] : [.. intents.Recognize(text, step.Context.Language).Barriers],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AfterTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RestartAsync(step, cancellationToken);

    private static Task<DialogTurnResult> RestartAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(FlowId, new MainDialogOptions { SkipGreeting = true }, cancellationToken);
}
