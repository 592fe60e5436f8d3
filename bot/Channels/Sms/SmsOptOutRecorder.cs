using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Channels.Sms;

/// <summary>Records in the conversation that the family opted out, when Twilio says so (error 21610) rather than the family's own keyword.</summary>
public sealed class SmsOptOutRecorder(IConversationStore conversations, TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task MarkOptedOutAsync(string conversationId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = await conversations.LoadAsync(conversationId, cancellationToken);
            if (stored.Data.OptedOut)
            {
                return;
            }

            stored.Data.OptedOut = true;
            var write = new ConversationWrite(conversationId, ChannelIds.Sms, stored.Version, stored.Data, [], [], clock.GetUtcNow());
            if (await conversations.TrySaveAsync(write, cancellationToken))
            {
                return;
            }
        }
    }
}
