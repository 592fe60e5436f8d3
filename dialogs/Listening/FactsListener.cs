using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Contact;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Recognizers.Entities;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Listening;

/// <summary>
/// Listens to every message (the first one before consent too) and keeps what it says about the family's
/// situation in the care notes' facts, so no dialog asks what the family already told. It never handles the
/// message: it runs right after the crisis interruption, answers nothing and always lets the message go on.
/// The entities of this message stay in the turn state for the dialogs (<see cref="SaidNow"/>), and a message about
/// the concern is kept as the one a later escalation quotes (<see cref="Triggers.Keep"/>).
/// </summary>
public sealed class FactsListener(EntityRecognizer entities, IOptions<ClinicOptions> clinic, TimeProvider clock) : IInterruption
{
    /// <summary>The turn-state key of the <see cref="FamilyEntities"/> read from this message.</summary>
    public const string EntitiesKey = "listening.entities";

    public int Order => 5;

    public Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        if (context.Activity is { Type: ActivityTypes.Message, Text: { Length: > 0 } text })
        {
            var now = clock.GetUtcNow();
            var found = entities.Recognize(text, context.Language, TimeZoneInfo.ConvertTime(now, clinic.Value.Zone).DateTime);
            context.TurnState[EntitiesKey] = found;
            context.Conversation.Notes.Facts.Merge(found, now);
            Triggers.Keep(context);
            ContactQuestion.Listen(context, now);
        }

        return Task.FromResult(false);
    }

    /// <summary>What this message said (nothing when the listener did not run).</summary>
    public static FamilyEntities SaidNow(ITurnContext context) =>
        context.TurnState.TryGetValue(EntitiesKey, out var found) && found is FamilyEntities said ? said : FamilyEntities.None;
}
