namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// A conversation of the embedded Direct Line as stored (<c>directline_conversations</c>): the random key its tokens
/// are signed with, how many activities it has (the newest watermark), and when it was created and last used.
/// Its activities are "{conversationId}|{sequence}", the sequence counting from 1 in this conversation.
/// </summary>
public sealed record DirectLineConversation(string Id, byte[] TokenKey, long LastSequence, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt);
