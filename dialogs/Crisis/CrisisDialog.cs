using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Contact;
using PuenteBot.Dialogs.Disclosure;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Interruptions;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Crisis;

/// <summary>
/// A crisis episode: it owns the conversation from the words of danger until the family says they are safe and
/// chooses to go back to what they were doing or to stop for now (or a clinician takes over). Every message is
/// answered for what it says, with the help for the kind of danger (<see cref="CrisisKinds"/>): new danger gets
/// what to do now, a question the steps, "help" or "menu" the lines to call, help arriving (or "I called 911",
/// never read as a yes) an acknowledgement, once: a yes with it ("yes the paramedics are here now") is safe, and more
/// news of help while the question after it waits moves on. The safety question takes yes, no and not knowing (which
/// counts as not safe) and is never asked twice in a row with the same words; a message that answers none of it
/// ("ok", a name and number) gets it once more, then the episode moves on with the answer left unknown. A name and
/// number written during the episode are kept as the contact (<see cref="ContactQuestion.Keep"/>). Every later message is added to the episode's one escalation as an update, and what the family
/// answered, was told and did is noted for the clinician (<see cref="CrisisAssessment"/>). A family the clinic did not
/// enrol is asked once, after they are safe, how the care team can reach them (<see cref="ContactQuestion"/>).
/// </summary>
public sealed class CrisisDialog(IStringLocalizer<Strings> strings, BooleanRecognizer booleans, ChoiceRecognizer choices, TimeProvider clock) : Dialog(DialogId)
{
    public const string DialogId = "crisis";

    private const string StageKey = "stage";
    private const string KindKey = "kind";
    private const string CategoryKey = "category";
    private const string EscalationKey = "escalation";
    private const string AskedKey = "asked";
    private const string UnclearKey = "unclear";
    private const string ToldKey = "crisis.told";
    private const string TriggerKey = "trigger";
    private const string ReaskedKey = "reasked";
    private const string HelpToldKey = "helpTold";

    /// <summary>The direct question after ambiguous words is open.</summary>
    private const string Check = "check";

    /// <summary>"Are you safe?" is open.</summary>
    private const string Safe = "safe";

    /// <summary>What to do now was said; no question is open.</summary>
    private const string ToldStage = "told";

    /// <summary>They are safe; "go back, or stop for now?" is open.</summary>
    private const string GoOn = "goOn";

    /// <summary>They are safe; "may I have your name and the best number?" is open.</summary>
    private const string ContactStage = "contact";

    private const int SafeQuestions = 3;

    private static readonly HashSet<string> Acknowledgements = ["ok", "okay", "k", "kk", "oki", "vale", "bueno", "dale", "listo", "sale", "va", "alright", "all right", "got it", "entendido",
        "thank you", "thanks", "ok thank you", "ok thanks", "okay thank you", "okay thanks", "gracias", "ok gracias", "muchas gracias", "vale gracias", "bueno gracias"];

    private readonly ContactQuestion contact = new(strings, booleans, clock);

    /// <summary>The urgent escalation an episode on the stack raised, or null (an episode of ambiguous words).</summary>
    public static string? EscalationOf(DialogInstance episode) => (string?)episode.State[EscalationKey];

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var crisis = options as CrisisOptions ?? new CrisisOptions();
        var state = dc.ActiveDialog!.State;
        state[KindKey] = crisis.Kind ?? CrisisKinds.Suicide;
        state[CategoryKey] = crisis.Category;
        state[EscalationKey] = crisis.EscalationId;
        state[TriggerKey] = crisis.Trigger?.ToNode();
        state[AskedKey] = -1;
        if (crisis.Urgent)
        {
            return await AskSafeAsync(dc, cancellationToken);
        }

        state[StageKey] = Check;
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var switched = dc.Context.TurnState.ContainsKey(TurnStateKeys.LanguageSwitched);
        if (dc.Context.Activity.Type != ActivityTypes.Message && !switched)
        {
            return DialogTurnResult.EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var escalation = (string?)state[EscalationKey];
        var risk = dc.Context.TurnState.TryGetValue(TurnStateKeys.Risk, out var value) && value is RiskAssessment found ? found : RiskAssessment.None;
        if (risk.Level == RiskLevel.None && CrisisWords.Matches(CrisisWords.Means, dc.Context.Activity.Text))
        {
            risk = new RiskAssessment(RiskLevel.Urgent, null, []) { Source = RiskSources.Conversation };
        }

        var told = new List<string>();
        dc.Context.TurnState[ToldKey] = told;
        if (!switched && dc.Context.Activity.Type == ActivityTypes.Message)
        {
            CrisisAssessment.NoteAction(dc.Context, (string?)state[KindKey] ?? CrisisKinds.Suicide, clock.GetUtcNow());
        }

        var result = switched ? await SwitchLanguageAsync(dc, cancellationToken) : await AnswerAsync(dc, risk, cancellationToken);
        CrisisAssessment.NoteTold(dc.Context.Conversation.Notes, told);
        if (escalation is not null && dc.Context.Activity.Type == ActivityTypes.Message)
        {
            CrisisEpisode.Update(dc.Context, escalation, (string?)state[KindKey] ?? CrisisKinds.Suicide, risk.Level, told);
        }

        return result;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        (string?)instance.State[StageKey] switch
        {
            Check => SayAsync(turnContext, "Crisis.AskAgain", cancellationToken),
            GoOn => AskGoOnAsync(turnContext, instance, "Crisis.GoOn.Again", cancellationToken),
            ContactStage => contact.RepeatAsync(turnContext, cancellationToken),
            _ => AskSafeAsync(turnContext, instance, cancellationToken),
        };

    /// <summary>"español" or "English" (or the web chat's toggle): said in the new language, and the open question again in it.</summary>
    private async Task<DialogTurnResult> SwitchLanguageAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await SayAsync(dc.Context, "Language.Switched", cancellationToken);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    private async Task<DialogTurnResult> AnswerAsync(DialogContext dc, RiskAssessment risk, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var state = dc.ActiveDialog!.State;
        var text = context.Activity.Text;
        var kind = (string?)state[KindKey] ?? CrisisKinds.Suicide;
        var stage = (string?)state[StageKey];
        if (AssistantQuestion.Matches(text))
        {
            await SayAsync(context, "Crisis.Disclosure", cancellationToken);
            return await TellAsync(dc, "Crisis.Lines." + kind, cancellationToken);
        }

        if (stage != ContactStage && state[EscalationKey] is not null && contact.Keep(context))
        {
            CrisisAssessment.NoteContact(context, true);
            await SayAsync(context, "Contact.Thanks", cancellationToken);
        }

        if (CrisisWords.Matches(CrisisWords.HelpArrived, text) || CrisisWords.Matches(CrisisWords.Called, text))
        {
            return await HelpArrivedAsync(dc, risk, stage, cancellationToken);
        }

        if (risk.Level != RiskLevel.None)
        {
            var now = risk.Category is null ? kind : CrisisKinds.Of(risk, text);
            state[KindKey] = now;
            return state[EscalationKey] is null
                ? await BecomeUrgentAsync(dc, now, risk.Category, TriggerMessage.Current(context), cancellationToken)
                : await TellAsync(dc, "Crisis.Now." + now, cancellationToken);
        }

        if (stage == GoOn)
        {
            return await ChooseAsync(dc, kind, cancellationToken);
        }

        if (stage == ContactStage)
        {
            CrisisAssessment.NoteContact(context, await contact.AnswerAsync(context, cancellationToken));

            return await AskGoOnAsync(dc, "Crisis.GoOn.Ask", cancellationToken);
        }

        if (CrisisWords.IsQuestion(text) && !IsShortAnswer(text))
        {
            return await TellAsync(dc, "Crisis.Steps." + kind, cancellationToken);
        }

        if (IsHelpWord(text))
        {
            return await TellAsync(dc, "Crisis.Lines." + kind, cancellationToken);
        }

        return stage == Check ? await AnswerCheckAsync(dc, kind, cancellationToken) : await AnswerSafeAsync(dc, kind, stage, cancellationToken);
    }

    /// <summary>The answer to the direct question after ambiguous words: yes or not knowing is danger; an answer it cannot read is asked once more, then treated as danger.</summary>
    private async Task<DialogTurnResult> AnswerCheckAsync(DialogContext dc, string kind, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var text = dc.Context.Activity.Text;
        var notKnowing = CrisisWords.Matches(CrisisWords.NotKnowing, text);
        var answer = notKnowing ? true : Answer(text);
        if (answer is { } known)
        {
            CrisisAssessment.NoteSafety(dc.Context, notKnowing ? CrisisAssessment.Unknown : known ? CrisisAssessment.NotSafe : CrisisAssessment.Safe, clock.GetUtcNow());
        }

        if (answer == true)
        {
            return await BecomeUrgentAsync(dc, kind, (string?)state[CategoryKey], Trigger(state), cancellationToken);
        }

        if (answer == false)
        {
            if (dc.Context.Conversation.Notes.RiskEvents.LastOrDefault() is { } asked)
            {
                asked.AnsweredSafeAt = clock.GetUtcNow();
            }

            return await SafeAsync(dc, "Crisis.NotInDanger", cancellationToken);
        }

        var unclear = ((int?)state[UnclearKey] ?? 0) + 1;
        state[UnclearKey] = unclear;
        if (unclear >= 2)
        {
            return await BecomeUrgentAsync(dc, kind, (string?)state[CategoryKey], Trigger(state), cancellationToken);
        }

        await SayAsync(dc.Context, "Crisis.AskAgain", cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    /// <summary>The answer to "are you safe?": yes goes on to the last choice; no or not knowing (asked or not) gets what to do now.</summary>
    private async Task<DialogTurnResult> AnswerSafeAsync(DialogContext dc, string kind, string? stage, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text;
        var notKnowing = CrisisWords.Matches(CrisisWords.NotKnowing, text);
        var answer = notKnowing ? false : Answer(text);
        if (stage == Safe && (answer is not null || !IsAcknowledgement(text)))
        {
            CrisisAssessment.NoteSafety(dc.Context, notKnowing || answer is null ? CrisisAssessment.Unknown : answer.Value ? CrisisAssessment.Safe : CrisisAssessment.NotSafe, clock.GetUtcNow());
        }

        if (answer == false)
        {
            if (notKnowing)
            {
                await SayAsync(dc.Context, "Crisis.NotSure", cancellationToken);
            }

            return await TellAsync(dc, "Crisis.Now." + kind, cancellationToken);
        }

        if (stage == Safe && answer is null)
        {
            return await ReaskSafeAsync(dc, cancellationToken);
        }

        if (stage != Safe)
        {
            return await AskSafeAsync(dc, cancellationToken);
        }

        return await SafeAsync(dc, "Crisis.SafeNow", cancellationToken);
    }

    /// <summary>
    /// Help is there or on its way: a yes to the open safety question besides the words of help is safe ("yes the
    /// paramedics are here now"; not the "ya" of "ya vienen en camino"); said again while the question
    /// after the first acknowledgement waits, the episode moves on (not the question in new words); otherwise the
    /// acknowledgement and the safety question. New danger in the same message keeps the acknowledgement and the question.
    /// </summary>
    private async Task<DialogTurnResult> HelpArrivedAsync(DialogContext dc, RiskAssessment risk, string? stage, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        if (stage == Safe && risk.Level == RiskLevel.None && Answer(CrisisWords.Without(CrisisWords.HelpArrived, dc.Context.Activity.Text)) == true)
        {
            CrisisAssessment.NoteSafety(dc.Context, CrisisAssessment.Safe, clock.GetUtcNow());
            return await SafeAsync(dc, "Crisis.SafeNow", cancellationToken);
        }

        if (stage == Safe && risk.Level == RiskLevel.None && (bool?)state[HelpToldKey] == true)
        {
            return await MoveOnAsync(dc, cancellationToken);
        }

        await SayAsync(dc.Context, "Crisis.HelpArrived", cancellationToken);
        state[HelpToldKey] = true;
        state[ReaskedKey] = 0;
        return await AskSafeAsync(dc, cancellationToken);
    }

    /// <summary>Neither yes nor no nor new danger to the open safety question: asked once more, then the episode moves on.</summary>
    private async Task<DialogTurnResult> ReaskSafeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var reasked = (int?)state[ReaskedKey] ?? 0;
        if (reasked >= 1)
        {
            return await MoveOnAsync(dc, cancellationToken);
        }

        state[ReaskedKey] = reasked + 1;
        return await AskSafeAsync(dc, cancellationToken);
    }

    /// <summary>
    /// The safety question stays unanswered (the answer noted is unknown, not safe for the care team, whose escalation
    /// is already sent): what to do if anything changes, then the contact question or the last choice.
    /// </summary>
    private async Task<DialogTurnResult> MoveOnAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!CrisisAssessment.NotedSafety(dc.Context))
        {
            CrisisAssessment.NoteSafety(dc.Context, CrisisAssessment.Unknown, clock.GetUtcNow());
        }

        return await SafeAsync(dc, "Crisis.MoveOn", cancellationToken);
    }

    /// <summary>
    /// They are safe: the last choice, or, for a caregiver who opted out of SMS, nothing more to answer. Before the last
    /// choice, a family not enrolled whose episode was escalated is asked once how the care team can reach them.
    /// </summary>
    private async Task<DialogTurnResult> SafeAsync(DialogContext dc, string key, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[ReaskedKey] = 0;
        dc.ActiveDialog.State[HelpToldKey] = false;
        await SayAsync(dc.Context, key, cancellationToken);
        if (dc.Context.Conversation.OptedOut)
        {
            return await dc.CancelAllDialogsAsync(cancellationToken);
        }

        if (dc.ActiveDialog!.State[EscalationKey] is not null && ContactQuestion.Needed(dc.Context.Conversation))
        {
            dc.ActiveDialog.State[StageKey] = ContactStage;
            await contact.AskAsync(dc.Context, cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }

        return await AskGoOnAsync(dc, "Crisis.GoOn.Ask", cancellationToken);
    }

    /// <summary>Safe now: go back to what they were doing (the dialog below asks its question again) or stop for now.</summary>
    private async Task<DialogTurnResult> ChooseAsync(DialogContext dc, string kind, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text;
        var thanks = CrisisWords.Matches(CrisisWords.Thanks, text);
        var choice = choices.Recognize(text, GoOnChoices(dc.Context), dc.Context.Language)?.Value ?? (thanks ? "stop" : null) ?? booleans.Recognize(text) switch
        {
            true => "back",
            false => "stop",
            _ => null,
        };
        if (choice is null)
        {
            if (CrisisWords.IsQuestion(text) || IsHelpWord(text))
            {
                await SayAsync(dc.Context, CrisisWords.IsQuestion(text) ? "Crisis.Steps." + kind : "Crisis.Lines." + kind, cancellationToken);
            }

            return await AskGoOnAsync(dc, "Crisis.GoOn.Again", cancellationToken);
        }

        if (choice == "stop" || dc.Context.Conversation.OptedOut)
        {
            await SayAsync(dc.Context, thanks ? "Crisis.StopForNow.Thanks" : "Crisis.StopForNow", cancellationToken);
            return await dc.CancelAllDialogsAsync(cancellationToken);
        }

        var result = await dc.EndDialogAsync(null, cancellationToken);
        return dc.Stack.Count == 0
            ? await dc.BeginDialogAsync(MainDialog.DialogId, new MainDialogOptions { SkipGreeting = dc.Context.Conversation.Consented }, cancellationToken)
            : result;
    }

    /// <summary>The episode becomes urgent: its one escalation, quoting <paramref name="trigger"/> (the words of danger, not the "yes" to the question).</summary>
    private async Task<DialogTurnResult> BecomeUrgentAsync(DialogContext dc, string kind, string? category, TriggerMessage? trigger, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var episode = new CrisisOptions { Urgent = true, Kind = kind, Category = CrisisKinds.Category(kind, category), Trigger = trigger };
        state[CategoryKey] = episode.Category;
        state[EscalationKey] = CrisisEpisode.Escalate(dc.Context, episode, RiskLevel.Urgent, new System.Text.Json.Nodes.JsonObject { ["confirmedBySafetyQuestion"] = true });
        await SayAsync(dc.Context, "Crisis.Urgent." + kind, cancellationToken);
        return await AskSafeAsync(dc, cancellationToken);
    }

    /// <summary>Says what to do (no question open after it: an "ok" is not taken for "safe", nor the next words for a name).</summary>
    private async Task<DialogTurnResult> TellAsync(DialogContext dc, string key, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        await SayAsync(dc.Context, key, cancellationToken);
        state[ReaskedKey] = 0;
        state[HelpToldKey] = false;
        if ((string?)state[StageKey] is Safe or ContactStage or null)
        {
            state[StageKey] = ToldStage;
        }

        return DialogTurnResult.EndOfTurn;
    }

    private async Task<DialogTurnResult> AskSafeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await AskSafeAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    /// <summary>"Are you safe?" in the next of its wordings, with Yes / No buttons on web chat.</summary>
    private async Task AskSafeAsync(ITurnContext context, DialogInstance instance, CancellationToken cancellationToken)
    {
        var next = (((int?)instance.State[AskedKey] ?? -1) + 1) % SafeQuestions;
        instance.State[AskedKey] = next;
        instance.State[StageKey] = Safe;
        var question = Activity.Message(CrisisText.For(strings, context, "Crisis.AskSafe." + next));
        question.InputHint = InputHints.ExpectingInput;
        if (!IsTextOnly(context))
        {
            question.SuggestedActions = new SuggestedActions
            {
                Actions = [CardAction.ImBack(strings.For(context, "Prompt.Yes")), CardAction.ImBack(strings.For(context, "Prompt.No"))],
            };
        }

        Told(context).Add("Crisis.AskSafe." + next);
        await context.SendActivityAsync(question, cancellationToken);
    }

    private async Task<DialogTurnResult> AskGoOnAsync(DialogContext dc, string key, CancellationToken cancellationToken)
    {
        await AskGoOnAsync(dc.Context, dc.ActiveDialog!, key, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    private async Task AskGoOnAsync(ITurnContext context, DialogInstance instance, string key, CancellationToken cancellationToken)
    {
        instance.State[StageKey] = GoOn;
        var question = Activity.Message(strings.For(context, key));
        question.InputHint = InputHints.ExpectingInput;
        question.SuggestedActions = new SuggestedActions { Actions = [.. GoOnChoices(context).Select(c => CardAction.ImBack(c.Title))] };
        Told(context).Add(key);
        await context.SendActivityAsync(question, cancellationToken);
    }

    private List<Choice> GoOnChoices(ITurnContext context) =>
    [
        new("back", strings.For(context, "Crisis.GoOn.Back"), ["go back", "continue", "go on", "back", "seguir", "continuar", "volver", "regresar"]),
        new("stop", strings.For(context, "Crisis.GoOn.Stop"), ["stop", "later", "not now", "bye", "parar", "dejarlo", "despues", "mas tarde", "ahora no", "adios"]),
    ];

    private Task SayAsync(ITurnContext context, string key, CancellationToken cancellationToken)
    {
        Told(context).Add(key);
        return context.SendActivityAsync(Activity.Message(CrisisText.For(strings, context, key)), cancellationToken);
    }

    /// <summary>Yes or no to a safety question; a bare "ok" acknowledges, it does not answer.</summary>
    private bool? Answer(string? text)
    {
        if (IsAcknowledgement(text))
        {
            return null;
        }

        return CrisisWords.Matches(CrisisWords.ThinkSo, text) ? true : booleans.Recognize(text);
    }

    private static bool IsAcknowledgement(string? text) =>
        Acknowledgements.Contains(TextNormalizer.Fold(text).Trim('.', '!', ' ')) || Acknowledgements.Contains(string.Join(' ', NormalizedText.Words(text)));

    private static TriggerMessage? Trigger(System.Text.Json.Nodes.JsonObject state) => TriggerMessage.From(state[TriggerKey]);

    private bool IsShortAnswer(string? text) => Answer(text) is not null && NormalizedText.Words(text).Length <= 3;

    private static bool IsHelpWord(string? text) => CommandWords.Matches(CommandWords.Help, text) || CommandWords.Matches(CommandWords.Cancel, text);

    private static bool IsTextOnly(ITurnContext context) =>
        context.IsSms() || string.Equals(context.Activity.ChannelId, CrisisText.TerminalChannel, StringComparison.OrdinalIgnoreCase);

    private static List<string> Told(ITurnContext context) =>
        context.TurnState.TryGetValue(ToldKey, out var told) && told is List<string> list ? list : [];
}
