using Microsoft.Extensions.Logging;

namespace PuenteBot.Dialogs.Llm;

/// <summary>What the danger second opinion and the intent fallback decided: kinds, intents and confidences only, never the words.</summary>
internal static partial class OpinionLog
{
    [LoggerMessage(EventId = 19020, Level = LogLevel.Warning, Message = "Second opinion: possible danger ({Kind}, evidence quoted: {HasEvidence}); the safety question is asked")]
    public static partial void Raised(ILogger logger, string kind, bool hasEvidence);

    [LoggerMessage(EventId = 19021, Level = LogLevel.Information, Message = "Intent fallback: {Intent} at {Confidence:0.00} ({Outcome})")]
    public static partial void Picked(ILogger logger, string intent, double confidence, string outcome);
}
