using PuenteBot.State;

namespace PuenteBot.Tests.Transcripts;

/// <summary>The bot a scenario talks to: through the turn pipeline, or through the Twilio webhook of the real host.</summary>
public interface ITranscriptBot : IAsyncDisposable
{
    /// <summary>The conversation's id in the store.</summary>
    string ConversationId { get; }

    /// <summary>The SQLite file the bot writes to.</summary>
    string ConnectionString { get; }

    IServiceProvider Services { get; }

    IConversationStore Store { get; }

    Task<TranscriptTurn> SendAsync(TranscriptStep step);
}
