namespace PuenteBot.Channels.BotFramework;

/// <summary>The bot's access token for connector calls; null when the bot has no app id (no token is sent).</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
