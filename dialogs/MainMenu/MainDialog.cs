using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.MainMenu;

/// <summary>
/// The root of every conversation: asks the language when the first message did not show it, greets the
/// caregiver in it, and offers the menu of what PuenteBot can help with.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";

    private const string FlowId = "main.flow";
    private const string LanguagePromptId = "main.language";
    private const string MenuPromptId = "main.menu";

    /// <summary>The menu's options, in the order shown; each has Menu.Option.* and Menu.Topic.* strings.</summary>
    public static readonly IReadOnlyList<string> Topics = ["barriers", "stigma", "setback", "handouts", "person"];

    private readonly IStringLocalizer<Strings> strings;

    public MainDialog(IStringLocalizer<Strings> strings, ChoiceRecognizer choices)
        : base(DialogId)
    {
        this.strings = strings;
        AddDialog(new WaterfallDialog(FlowId, [AskLanguageStepAsync, GreetStepAsync, MenuChoiceStepAsync]));
        AddDialog(new ChoicePrompt(LanguagePromptId, choices, strings));
        AddDialog(new ChoicePrompt(MenuPromptId, choices, strings));
    }

    private async Task<DialogTurnResult> AskLanguageStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Context.Conversation.Language is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var ask = strings.For(Languages.English, "Welcome.ChooseLanguage");
        return await step.PromptAsync(LanguagePromptId, new PromptOptions
        {
            Prompt = Activity.Message(ask),
            RetryPrompt = Activity.Message(ask),
            Choices =
            [
                new Choice(Languages.English, strings.For(Languages.English, "Language.Name"), ["ingles", "inglés"]),
                new Choice(Languages.Spanish, strings.For(Languages.Spanish, "Language.Name"), ["spanish"]),
            ],
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
            await step.Context.SendActivityAsync(Activity.Message(strings.For(step.Context, "Welcome.Greeting")), cancellationToken);
        }

        return await step.PromptAsync(MenuPromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Menu.Prompt"),
            RetryPrompt = Activity.Message("Menu.Retry"),
            Choices = [.. Topics.Select(t => new Choice(t, "Menu.Option." + t))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> MenuChoiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var key = step.Result is FoundChoice topic ? "Menu.Topic." + topic.Value : "Menu.NotUnderstood";
        await step.Context.SendActivityAsync(Activity.Message(strings.For(step.Context, key)), cancellationToken);
        return await step.ReplaceDialogAsync(FlowId, new MainDialogOptions { SkipGreeting = true }, cancellationToken);
    }
}
