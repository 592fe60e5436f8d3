using System.Text.Json;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Protocol;

public class ActivityJsonTests
{
    [Fact]
    public void Keeps_unknown_properties_on_round_trip()
    {
        const string json = """{"type":"message","text":"hola","futureField":{"a":1}}""";
        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        var back = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);
        Assert.Contains("\"futureField\":{\"a\":1}", back);
    }
}
