using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Crisis;

/// <summary>
/// What the crisis dialog writes into <see cref="CareNotes.Assessment"/> for the clinician: each answer to the safety
/// question (safe, not safe, unknown), each piece of help given (the string keys of the lines and steps, once each),
/// and what the family said they did or what happened (help here, emergency called, the person left, another safety
/// step). What this turn noted also goes into the episode's update (<see cref="Noted"/>); the reply to the contact
/// question is never quoted there.
/// </summary>
public static class CrisisAssessment
{
    public const string Safe = "safe";
    public const string NotSafe = "not_safe";
    public const string Unknown = "unknown";

    public const string HelpHere = "help_here";
    public const string CalledEmergency = "called_emergency";
    public const string PersonLeft = "person_left";
    public const string Other = "other";

    private const string SafetyKey = "crisis.safety";
    private const string ActionKey = "crisis.action";
    private const string ContactKey = "crisis.contact";

    private static readonly string[] HelpKeys = ["Crisis.Urgent.", "Crisis.Now.", "Crisis.Steps.", "Crisis.Lines."];

    /// <summary>Adds the help among <paramref name="keys"/> (not the questions) that the family was not given before.</summary>
    public static void NoteTold(CareNotes notes, IEnumerable<string> keys)
    {
        foreach (var key in keys.Where(k => HelpKeys.Any(prefix => k.StartsWith(prefix, StringComparison.Ordinal))))
        {
            if (!notes.Assessment.Told.Contains(key))
            {
                notes.Assessment.Told.Add(key);
            }
        }
    }

    public static void NoteSafety(ITurnContext context, string meaning, DateTimeOffset at)
    {
        var quote = context.TurnState.ContainsKey(ContactKey) ? null : context.Activity.Text;
        context.Conversation.Notes.Assessment.SafetyAnswers.Add(new SafetyAnswerNote { At = at, Meaning = meaning, Quote = quote });
        context.TurnState[SafetyKey] = meaning;
    }

    /// <summary>True when this turn already noted a safety answer.</summary>
    public static bool NotedSafety(ITurnContext context) => context.TurnState.ContainsKey(SafetyKey);

    /// <summary>Notes what the message says the family did (or what happened), if anything; a person leaving is no news when a child is missing.</summary>
    public static void NoteAction(ITurnContext context, string kind, DateTimeOffset at)
    {
        var text = context.Activity.Text;
        var action = CrisisWords.Matches(CrisisWords.HelpArrived, text) ? HelpHere
            : CrisisWords.Matches(CrisisWords.Called, text) ? CalledEmergency
            : kind != CrisisKinds.Missing && CrisisWords.Matches(CrisisWords.PersonLeft, text) ? PersonLeft
            : CrisisWords.Matches(CrisisWords.SafetyStep, text) ? Other
            : null;
        if (action is not null)
        {
            context.Conversation.Notes.Assessment.Actions.Add(new FamilyActionNote { At = at, Kind = action, Quote = text });
            context.TurnState[ActionKey] = action;
        }
    }

    /// <summary>This turn answered the contact question: the update leaves its words out (the name and number stay in the notes).</summary>
    public static void NoteContact(ITurnContext context, bool gave) => context.TurnState[ContactKey] = gave;

    /// <summary>This turn's safety meaning, action kind and contact, for the episode's update.</summary>
    public static IEnumerable<(string Name, JsonNode? Value)> Noted(ITurnContext context)
    {
        if (context.TurnState.TryGetValue(SafetyKey, out var safety))
        {
            yield return ("safety", JsonValue.Create((string)safety));
        }

        if (context.TurnState.TryGetValue(ActionKey, out var action))
        {
            yield return ("action", JsonValue.Create((string)action));
        }

        if (context.TurnState.TryGetValue(ContactKey, out var gave))
        {
            yield return ("quote", null);
            if ((bool)gave)
            {
                yield return ("contact", JsonValue.Create(true));
            }
        }
    }
}
