namespace PuenteBot.Reports.Outcomes;

/// <summary>One appointment in the range the clinic marked: whether the family came, whether a reminder was sent before it started, and the family's language and channel.</summary>
public sealed record OutcomeVisit(bool Attended, bool Reminded, string Language, string Channel);
