using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PuenteBot.Protocol;

/// <summary>
/// The optional times of an activity (<c>timestamp</c>, <c>localTimestamp</c>, <c>expiration</c>): a value that is
/// not an ISO 8601 string is read as absent, so a client's broken clock never costs the message it sent.
/// Written as <see cref="WireDateTimeConverter"/> writes them.
/// </summary>
public sealed class WireOptionalDateTimeConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly WireDateTimeConverter Wire = new();

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            Wire.Write(writer, time, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
