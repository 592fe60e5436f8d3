namespace PuenteBot.Dialogs.Grounding;

/// <summary>
/// What <see cref="GroundedAnswers"/> made of a question: <see cref="Outcome"/> is <c>answered</c> (a checked answer,
/// <see cref="Handout"/> the slug it cites), <c>refused</c> (the clinic's content does not support an answer, or it
/// would be advice the bot never gives), <c>fallback</c> (the model was slow, failed, or its answer failed a check:
/// <see cref="Reason"/> says which) or <c>unavailable</c> (no model configured).
/// </summary>
public sealed record GroundedAnswer(string Outcome, string? Text, string? Handout, string? Reason)
{
    public const string Answered = "answered";
    public const string Refused = "refused";
    public const string Fallback = "fallback";
    public const string Unavailable = "unavailable";
}
