namespace PuenteBot.Dialogs.Runtime;

/// <summary>Where a conversation stands: the active dialog's id, then the active dialog inside it, and so on down.</summary>
public static class DialogPath
{
    /// <summary>The ids from the top of <paramref name="stack"/> into each component's innermost active dialog; empty for an empty stack.</summary>
    public static IReadOnlyList<string> Active(IReadOnlyList<DialogInstance> stack)
    {
        var path = new List<string>();
        var current = stack;
        while (current.Count > 0)
        {
            var top = current[^1];
            path.Add(top.Id);
            current = DialogJson.FromNode<List<DialogInstance>>(top.State[ComponentDialog.InnerStackKey]) ?? [];
        }

        return path;
    }
}
