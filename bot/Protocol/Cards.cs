using System.Text.Json;
using System.Text.Json.Serialization;

namespace PuenteBot.Protocol;

/// <summary>A button or tap action on a card or in suggested actions.</summary>
public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }

    /// <summary>An <c>imBack</c> action: tapping it sends <paramref name="title"/> back as the user's message.</summary>
    public static CardAction ImBack(string title) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(title, ProtocolJsonContext.Default.String),
    };

    /// <summary>An <c>openUrl</c> action.</summary>
    public static CardAction OpenUrl(string title, string url) => new()
    {
        Type = ActionTypes.OpenUrl,
        Title = title,
        Value = JsonSerializer.SerializeToElement(url, ProtocolJsonContext.Default.String),
    };
}

/// <summary>Wire values of <c>CardAction.type</c>.</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}

/// <summary>Quick replies shown under a message, that disappear once one is used.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction>? Actions { get; set; }
}

/// <summary>A hero card: title, text, image and buttons (<c>application/vnd.microsoft.card.hero</c>).</summary>
public sealed class HeroCard
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Text { get; set; }
    public List<CardImage>? Images { get; set; }
    public List<CardAction>? Buttons { get; set; }
    public CardAction? Tap { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Wraps this card in an attachment.</summary>
    public Attachment ToAttachment() => new()
    {
        ContentType = ContentType,
        Content = JsonSerializer.SerializeToElement(this, ProtocolJsonContext.Default.HeroCard),
    };
}

/// <summary>An image on a card.</summary>
public sealed class CardImage
{
    public string? Url { get; set; }
    public string? Alt { get; set; }
}
