namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// What became of a posted activity: its id (null when the conversation is no longer stored), whether the
/// conversation took it and the bot's replies, and why the turn rejected it, if it did.
/// </summary>
public sealed record DirectLinePosted(string? Id, bool Stored, string? Rejection)
{
    public static readonly DirectLinePosted Gone = new(null, Stored: false, null);
}
