using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PuenteBot.Protocol;

/// <summary>
/// Writes times as the Bot Framework does: UTC with a trailing Z (<c>timestamp</c>), other offsets as they are
/// (<c>localTimestamp</c>); reads any ISO 8601 form.
/// </summary>
public sealed class WireDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? throw new JsonException("A date must be a string."), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
}
