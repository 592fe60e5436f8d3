using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine.Storage;

/// <summary>Stored activities after a watermark, in order, and the conversation's newest watermark when they were read.</summary>
public sealed record ActivityPage(IReadOnlyList<Activity> Activities, long Watermark);
