using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Privacy;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// SMS keywords, as the whole message: STOP (or an equivalent) records the opt-out and confirms it once; START
/// (or an equivalent) undoes it; HELP, INFO or AYUDA get who the bot is, how to reach the clinic, the crisis
/// line and the question whether they are safe — a lone "AYUDA" may be a cry for help. While opted out, the
/// dialogs stay silent; the risk check still runs. An opt-in word that answers the safety question ("YES") also
/// goes on to the crisis conversation, and inside a crisis episode HELP or AYUDA is the crisis conversation's to
/// answer (more help for the danger, never the service's help text). A whole message that revokes consent in the
/// family's own words (<see cref="OptOutPhrases"/>) opts out like STOP, outside a crisis. A "YES" that confirms a
/// deletion the family asked for is that confirmation, not an opt-in.
/// </summary>
public sealed class OptOutMiddleware(IStringLocalizer<Strings> strings, BooleanRecognizer booleans, RiskRecognizer risk, IConfiguration configuration) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.Type != ActivityTypes.Message || !ChannelIds.IsSms(activity.ChannelId))
        {
            await next();
            return;
        }

        switch (OptOutKeywords.Match(activity.Text))
        {
            case OptOutKeyword.OptOut:
                context.Conversation.OptedOut = true;
                context.Conversation.Language ??= OptOutKeywords.LanguageOf(activity.Text);
                await SayAsync(context, strings.For(context, "OptOut.Confirmed"), cancellationToken);
                return;
            case OptOutKeyword.OptIn when context.Conversation.OptedOut && !ConfirmsDeletion(context):
                context.Conversation.OptedOut = false;
                await SayAsync(context, strings.For(context, "OptOut.Resumed"), cancellationToken);
                if (AnswersTheSafetyQuestion(context))
                {
                    await next();
                }

                return;
            case OptOutKeyword.Help when CrisisEpisode.IsOpen(context.Conversation):
                await next();
                return;
            case OptOutKeyword.Help:
                context.Conversation.Language ??= OptOutKeywords.LanguageOf(activity.Text);
                await SayAsync(context, HelpText(context), cancellationToken);
                return;
            case OptOutKeyword.None when RevokesInOwnWords(context) is { } language:
                context.Conversation.OptedOut = true;
                context.Conversation.Language ??= language;
                await SayAsync(context, strings.For(language, "OptOut.Confirmed"), cancellationToken);
                return;
            default:
                await next();
                return;
        }
    }

    /// <summary>
    /// The language of an opt-out in the family's own words (<see cref="OptOutPhrases"/>); never inside the crisis
    /// conversation nor with words of danger in it: then the message is answered as the crisis.
    /// </summary>
    private string? RevokesInOwnWords(TurnContext context) =>
        OptOutPhrases.LanguageOf(context.Activity.Text) is { } language
        && context.Conversation.DialogStack.All(d => d.Id != CrisisDialog.DialogId)
        && risk.Assess(context.Activity.Text).Level == RiskLevel.None
            ? language
            : null;

    /// <summary>
    /// "YES" or "SÍ" while the bot waits for the answer to "delete what you told PuenteBot?" confirms the deletion
    /// (<see cref="DataErasureMiddleware"/>): the family is not opted back in, and stays opted out after it.
    /// </summary>
    private bool ConfirmsDeletion(TurnContext context) =>
        context.Conversation.Values.ContainsKey(DataErasureMiddleware.AskedKey)
        && booleans.Recognize(context.Activity.Text) == true;

    /// <summary>"YES" is an opt-in word, and also the answer to "are you safe?": the crisis conversation hears it too.</summary>
    private bool AnswersTheSafetyQuestion(TurnContext context) =>
        context.Conversation.DialogStack.LastOrDefault()?.Id == CrisisDialog.DialogId
        && booleans.Recognize(context.Activity.Text) == true;

    private string HelpText(TurnContext context)
    {
        var phone = configuration["Clinic:Phone"];
        var clinic = string.IsNullOrWhiteSpace(phone)
            ? strings.For(context, "Sms.Help.NoClinic")
            : strings.For(context, "Sms.Help.Clinic", phone);
        return strings.For(context, "Sms.Help", clinic);
    }

    private static Task SayAsync(TurnContext context, string text, CancellationToken cancellationToken) =>
        context.SendActivityAsync(Activity.Message(text), cancellationToken);
}
