namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// The labels of ../shared/CONVERSATION.md: what the caregiver wants (<see cref="Intent"/>) and the barriers to
/// care they name (<see cref="Barriers"/>, in the order they appear).
/// </summary>
public sealed record IntentResult(string Intent, double Score, IReadOnlyList<string> Barriers)
{
    /// <summary>
    /// True when a rule read the whole message ("hola otra vez" is a greeting): the learned model does not overrule
    /// it, however sure it is of another intent.
    /// </summary>
    public bool WholeMessage { get; init; }
}
