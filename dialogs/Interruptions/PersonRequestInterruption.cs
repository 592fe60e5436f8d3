using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>
/// A request for a person ("can i just talk to a real person", "quiero hablar con alguien", "una persona por favor")
/// at any question once the caregiver has consented: the talk-to-a-person conversation begins over whatever was going
/// on, with the request's words (a time in them is kept), and when it ends the question that was waiting is asked
/// again. Not inside that conversation itself, and not when the words are the title of an offered option (a button
/// such as "Talk with the clinician about these worries" answers its own question).
/// </summary>
public sealed class PersonRequestInterruption(IntentRecognizer intents, IStringLocalizer<Strings> strings) : IInterruption
{
    public int Order => 25;

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        if (context.Activity is not { Type: ActivityTypes.Message, Text: { Length: > 0 } text }
            || !context.Conversation.Consented
            || DialogPath.Active(dc.Stack).Contains(MenuTopics.Person)
            || !IsRequest(text)
            || PromptState.IsOfferedTitle(dc.InnermostDialog, text, strings, context))
        {
            return false;
        }

        await dc.BeginInterruptionAsync(MenuTopics.Person, new TopicOptions { Text = text }, cancellationToken);
        return true;
    }

    private bool IsRequest(string text) =>
        CommandWords.Matches(CommandWords.Person, text)
        || intents.RecognizeLexicon(NormalizedText.Of(text)).Intent == Intents.TalkToClinician;
}
