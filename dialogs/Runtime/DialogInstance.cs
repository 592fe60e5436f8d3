using System.Text.Json.Nodes;

namespace PuenteBot.Dialogs.Runtime;

/// <summary>One entry of the dialog stack: which dialog, and its own saved state.</summary>
public sealed class DialogInstance
{
    public required string Id { get; set; }

    public JsonObject State { get; set; } = [];

    /// <summary>Begun as an interruption: when it ends, the dialog below re-asks its question instead of resuming.</summary>
    public bool Interruption { get; set; }
}
