namespace PuenteBot.Dialogs.Runtime;

/// <summary>
/// Runs before the active dialog on every message (crisis, language switch, help, cancel) and may answer the
/// message itself, ending or covering the active dialog. Lower <see cref="Order"/> runs first.
/// </summary>
public interface IInterruption
{
    int Order { get; }

    /// <summary>Returns true when it handled the message, so the active dialog does not see it.</summary>
    Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
