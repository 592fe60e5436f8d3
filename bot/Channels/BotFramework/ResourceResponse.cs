namespace PuenteBot.Channels.BotFramework;

/// <summary>A connector's answer to a sent activity: the id the channel gave it.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
