using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Handouts;

/// <summary>
/// The short guides: offers the topics (or takes the caregiver's words for one — a sentence that already names
/// a topic skips the question), sends one to three handouts as cards, and asks whether they want another.
/// </summary>
public sealed class HandoutsDialog : ComponentDialog
{
    private const string FlowId = "handouts.flow";
    private const string TopicPromptId = "handouts.topic";
    private const string AnotherPromptId = "handouts.another";

    private readonly IStringLocalizer<Strings> strings;
    private readonly HandoutLibrary library;
    private readonly HandoutFinder finder;

    public HandoutsDialog(
        IStringLocalizer<Strings> strings,
        HandoutLibrary library,
        HandoutFinder finder,
        ChoiceRecognizer choices,
        BooleanRecognizer booleans)
        : base(MenuTopics.Handouts)
    {
        this.strings = strings;
        this.library = library;
        this.finder = finder;
        AddDialog(new WaterfallDialog(FlowId, [AskTopicStepAsync, SendStepAsync, AnotherStepAsync]));
        AddDialog(new HandoutTopicPrompt(TopicPromptId, choices, finder, strings));
        AddDialog(new ConfirmPrompt(AnotherPromptId, booleans, choices, strings, AcceptTopicWords));
    }

    private async Task<DialogTurnResult> AskTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var opening = step.GetOptions<TopicOptions>();
        var asked = finder.Find(opening?.Text, step.Context.Language, opening?.Barriers);
        if (asked.Count > 0)
        {
            return await step.NextAsync(asked.Select(h => h.Slug).ToList(), cancellationToken);
        }

        return await step.PromptAsync(TopicPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Handouts.Ask"),
            RetryPrompt = Activity.Message("Handouts.Retry"),
            Choices = [.. HandoutTopics.All.Select(t => new Choice(t.Id, HandoutTopics.TitleKey(t.Id)))],
            MaxRetries = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SendStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var handouts = (step.Result as List<string> ?? [])
            .Select(slug => library.Find(step.Context.Language, slug))
            .OfType<Handout>()
            .ToList();
        if (handouts.Count == 0)
        {
            await step.SayAsync(strings, "Handouts.NotFound", cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await step.SayAsync(strings, handouts.Count == 1 ? "Handouts.Intro.One" : "Handouts.Intro.Many", cancellationToken);
        foreach (var handout in handouts)
        {
            await step.Context.SendHandoutAsync(handout, strings, cancellationToken);
        }

        return await step.PromptAsync(AnotherPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Handouts.Another"),
            RetryPrompt = Activity.Message("Handouts.Another.Retry"),
            MaxRetries = 1,
        }, cancellationToken);
    }

    /// <summary>Yes, or words for a topic ("yes, about school", "¿y de la escuela?"): the topics again, skipped when the words name one.</summary>
    private async Task<DialogTurnResult> AnotherStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Context.Activity.Text;
        if (step.Result is true || finder.Find(text, step.Context.Language).Count > 0)
        {
            return await step.ReplaceDialogAsync(FlowId, new TopicOptions { Text = text }, cancellationToken);
        }

        await step.SayAsync(strings, "Handouts.Done", cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<bool> AcceptTopicWords(PromptValidatorContext<bool> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || finder.Find(prompt.Context.Activity.Text, prompt.Context.Language).Count > 0);
}
