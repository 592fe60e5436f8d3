using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Turns;

/// <summary>
/// Copies the crisis episode's assessment as it stands after the turn (safety answers, what the family was told,
/// what they did: <c>CareNotes.Assessment</c>) into each of the turn's escalation updates, so the summary's
/// Assessment is the latest one while the escalation's own notes stay as they were when it was raised.
/// </summary>
public static class EscalationAssessment
{
    public const string Key = "assessment";

    public static void Stamp(TurnContext context)
    {
        foreach (var update in context.EscalationUpdates.Where(u => !u.Entry.ContainsKey(Key)))
        {
            update.Entry[Key] = DialogJson.ToNode(context.Conversation.Notes.Assessment);
        }
    }
}
