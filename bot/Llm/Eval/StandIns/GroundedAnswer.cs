namespace PuenteBot.Dialogs.Grounding;

/// <summary>
/// Stand-in for the lead's record (branch i19-llm), same name and shape, so <c>llm eval</c> builds before it lands;
/// deleted when it does. <see cref="Outcome"/>: answered, refused, fallback or unavailable; <see cref="Handout"/> the
/// slug cited; <see cref="Reason"/> why an answer was set aside.
/// </summary>
public sealed record GroundedAnswer(string Outcome, string? Text, string? Handout, string? Reason);
