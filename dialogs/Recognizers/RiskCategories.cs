namespace PuenteBot.Dialogs.Recognizers;

/// <summary>The kinds of danger the risk recognizer reports in <see cref="RiskAssessment.Category"/>.</summary>
public static class RiskCategories
{
    public const string Suicide = "suicide";
    public const string SelfHarm = "self_harm";
    public const string HarmToOthers = "harm_to_others";
    public const string Abuse = "abuse";
    public const string Medical = "medical";
    public const string DomesticViolence = "domestic_violence";
    public const string Missing = "missing";

    public static readonly IReadOnlyList<string> All = [Suicide, SelfHarm, HarmToOthers, Abuse, DomesticViolence, Medical, Missing];
}
