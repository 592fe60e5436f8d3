namespace PuenteBot.Dialogs.Runtime;

/// <summary>The stack names a dialog this version of the bot does not have (for example, state saved by an older one).</summary>
public sealed class DialogNotFoundException(string dialogId)
    : InvalidOperationException($"No dialog with id '{dialogId}' can be found.")
{
    public string DialogId { get; } = dialogId;
}
