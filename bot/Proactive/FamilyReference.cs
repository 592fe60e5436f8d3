using System.Text.Json;
using PuenteBot.Channels.BotFramework;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Proactive;

/// <summary>
/// Where the family's last activity came from (channel, service URL, conversation, user and bot), kept in the
/// conversation's values so that a message can reach them later, outside a turn. The user's display name is not kept.
/// </summary>
public static class FamilyReference
{
    public const string ValueName = "familyReference";

    public static void Remember(ConversationData data, Activity inbound)
    {
        var reference = ConversationReferences.From(inbound);
        if (reference.User is { } user)
        {
            user.Name = null;
        }

        data.Values[ValueName] = JsonSerializer.SerializeToNode(reference, ProtocolJsonContext.Default.ConversationReference);
    }

    /// <summary>The reference last remembered, or null for a conversation that has none yet.</summary>
    public static ConversationReference? Read(ConversationData data)
    {
        try
        {
            return data.Values[ValueName]?.Deserialize(ProtocolJsonContext.Default.ConversationReference);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
