using System.Text.Json;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.State;

/// <summary>Turns conversation state into the JSON document the stores keep, and back.</summary>
public static class ConversationDataSerializer
{
    public static string Serialize(ConversationData data) => JsonSerializer.Serialize(data, DialogJson.Options);

    public static ConversationData Deserialize(string json) =>
        JsonSerializer.Deserialize<ConversationData>(json, DialogJson.Options) ?? new ConversationData();
}
