namespace PuenteBot.Dialogs.Recognizers;

/// <summary>The barrier kinds of ../shared/CONVERSATION.md.</summary>
public static class Barriers
{
    public const string Transport = "transport";
    public const string Schedule = "schedule";
    public const string Cost = "cost";
    public const string Childcare = "childcare";
    public const string Language = "language";
    public const string Technology = "technology";
    public const string Immigration = "immigration";
    public const string Distrust = "distrust";
    public const string FamilyDisagreement = "family_disagreement";
    public const string ChildRefuses = "child_refuses";
    public const string DoubtsTreatment = "doubts_treatment";
    public const string Stigma = "stigma";
    public const string Shame = "shame";

    /// <summary>Every barrier kind, in the order of CONVERSATION.md.</summary>
    public static readonly IReadOnlyList<string> All =
        [Transport, Schedule, Cost, Childcare, Language, Technology, Immigration, Distrust, FamilyDisagreement, ChildRefuses, DoubtsTreatment, Stigma, Shame];

    /// <summary>Barriers that belong to the stigma and shame conversation rather than to problem-solving.</summary>
    public static bool IsStigmaOrShame(string barrier) => barrier is Stigma or Shame;
}
