namespace PuenteBot.Content.Answers;

/// <summary>
/// One authored answer in one language, from <c>content/answers/{lang}/{id}.md</c>: the example questions it covers
/// (as caregivers write them), the handout it relates to, who reviewed it and when, and its SMS-length text. A clinic
/// fact (<see cref="Clinic"/>) puts the configured value in <c>{0}</c> of <see cref="Text"/>, and says
/// <see cref="Unknown"/> when the clinic has not configured it.
/// </summary>
public sealed record Answer(
    string Language,
    string Id,
    IReadOnlyList<string> Questions,
    string Handout,
    string Reviewer,
    DateOnly Reviewed,
    bool PendingClinicalReview,
    string? Clinic,
    string Text,
    string? Unknown);
