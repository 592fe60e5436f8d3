using System.Text.Json.Serialization;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine;

/// <summary>Activities since a watermark (<c>GET …/activities</c> and each WebSocket frame).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>A started or resumed conversation, with a token for it alone.</summary>
public sealed record DirectLineConversationInfo(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);

/// <summary>The id given to a posted activity.</summary>
public sealed record ResourceResponse(string Id);

/// <summary>Direct Line's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail Error);

public sealed record ErrorDetail(string Code, string Message);

/// <summary>The optional body of <c>tokens/generate</c> and of starting a conversation.</summary>
public sealed record TokenRequest(ChannelAccount? User, string? Locale);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(WireDateTimeConverter), typeof(WireOptionalDateTimeConverter)])]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(DirectLineConversationInfo))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(Activity))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
