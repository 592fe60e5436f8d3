using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.MainMenu;

/// <summary>The menu's reading of a message, kept in the turn state (<see cref="TurnStateKeys.Intent"/>) for the turn's telemetry.</summary>
internal static class IntentRecognizerTurnExtensions
{
    public static IntentResult Recognize(this IntentRecognizer intents, ITurnContext context, string? text)
    {
        var intent = intents.Recognize(text, context.Language);
        context.TurnState[TurnStateKeys.Intent] = intent.Intent;
        return intent;
    }
}
