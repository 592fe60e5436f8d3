namespace PuenteBot.Dialogs.Recognizers;

/// <summary>The risk a message shows, its kind (<see cref="RiskCategories"/>) and the words that showed it.</summary>
public sealed record RiskAssessment(RiskLevel Level, string? Category, IReadOnlyList<string> Evidence)
{
    public static readonly RiskAssessment None = new(RiskLevel.None, null, []);
}
