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

    /// <summary>Key that signs conversation tokens (32+ characters). Empty: a random key per process.</summary>
    public string TokenSigningKey { get; set; } = string.Empty;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation nobody used for this long is forgotten by the server (its bot state stays in the database).</summary>
    public TimeSpan IdleConversationLifetime { get; set; } = TimeSpan.FromHours(2);

    public string BotId { get; set; } = "puentebot";

    public string BotName { get; set; } = "PuenteBot";
}
