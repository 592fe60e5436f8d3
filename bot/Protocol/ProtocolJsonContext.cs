using System.Text.Json.Serialization;

namespace PuenteBot.Protocol;

/// <summary>
/// Source-generated System.Text.Json metadata for the wire types: camelCase names, nulls omitted,
/// as the Bot Framework channels write them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(WireDateTimeConverter), typeof(WireOptionalDateTimeConverter)])]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(HeroCard))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(string))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;

/// <summary>The body of a reply to an <c>expectReplies</c> activity.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
