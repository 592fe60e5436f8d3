namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// The labels of ../shared/CONVERSATION.md: what the caregiver wants (<see cref="Intent"/>) and the barriers to
/// care they name (<see cref="Barriers"/>, in the order they appear).
/// </summary>
public sealed record IntentResult(string Intent, double Score, IReadOnlyList<string> Barriers);
