namespace PuenteBot.Tests.Transcripts;

/// <summary>What one step's message brought back: the replies, and on SMS the messages sent, in order.</summary>
public sealed record TranscriptTurn(IReadOnlyList<TranscriptReply> Replies, IReadOnlyList<string> SmsMessages);
