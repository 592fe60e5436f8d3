using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Answers;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Questions;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>
/// A direct question the answer set answers ("what if they dont have a ride that day", "q hacen con mis datos?"), asked
/// at any question of any conversation — before consent too: the answer, then the question that was waiting, asked
/// again. A button pressed (an offered option's title) is the waiting question's answer, not a question, and so is a
/// reply to a clinician's follow-up (it goes to the care team). Runs after
/// crisis, the language switch, a returning caregiver, help, cancel and a request for a person.
/// </summary>
public sealed class QuestionInterruption(
    QuestionMatcher matcher,
    AnswerSet answers,
    IOptions<ClinicOptions> clinic,
    IStringLocalizer<Strings> strings) : IInterruption
{
    public int Order => 40;

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        if (context.Activity is not { Type: ActivityTypes.Message, Text: { Length: > 0 } text }
            || dc.ActiveDialog is null or { Id: FollowUpDialog.DialogId }
            || PromptState.IsOfferedTitle(dc.InnermostDialog, text, strings, context)
            || matcher.Match(text) is not { } match
            || answers.Find(context.Language, match.AnswerId) is not { } answer)
        {
            return false;
        }

        await context.SendActivityAsync(Activity.Message(AnswerText.For(answer, clinic.Value)), cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        return true;
    }
}
