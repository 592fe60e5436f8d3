using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Channels.DirectLine;

/// <summary>The <c>DirectLine</c> section: the embedded Direct Line 3.0 server the web chat page talks to.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// When set, <c>tokens/generate</c> and starting a conversation without a token need
    /// <c>Authorization: Bearer &lt;secret&gt;</c>. Empty (the default) lets any visitor of the page start one.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>
    /// Mixed into the key that signs a conversation's tokens (with the conversation's own stored key), so that the
    /// database alone cannot forge them. Empty: the stored key alone.
    /// </summary>
    public string TokenSigningKey { get; set; } = string.Empty;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// A conversation nobody used for this long is deleted from the database with its activities (its bot state
    /// stays); its tokens stop working.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan IdleConversationLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often each instance deletes idle conversations and re-reads which conversations are stored.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>SQLite only: how often each instance looks for activities other processes added (PostgreSQL uses LISTEN/NOTIFY).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    public string BotId { get; set; } = "puentebot";

    public string BotName { get; set; } = "PuenteBot";
}
