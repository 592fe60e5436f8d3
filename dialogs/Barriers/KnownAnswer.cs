namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// The answer to a barrier's clarifying question, already known from what the family said: the answer the
/// options are chosen by (medicaid, work, nobody, …) and the UI string that says it back to them.
/// </summary>
public sealed record KnownAnswer(string Answer, string ConfirmationKey);
