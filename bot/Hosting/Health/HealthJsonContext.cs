using System.Text.Json.Serialization;

namespace PuenteBot.Hosting.Health;

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
