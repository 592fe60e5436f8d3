using System.Text.Json.Serialization;

namespace PuenteBot.Channels.BotFramework;

/// <summary>Source-generated JSON for the connector's own responses.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ResourceResponse))]
public sealed partial class ConnectorJsonContext : JsonSerializerContext;
