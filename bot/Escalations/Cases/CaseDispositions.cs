namespace PuenteBot.Escalations.Cases;

/// <summary>How a closed case ended (<c>escalation_cases.disposition</c>).</summary>
public static class CaseDispositions
{
    public const string ReachedFamily = "reached_family";
    public const string LeftMessage = "left_message";
    public const string Advised911 = "advised_911";
    public const string NoActionNeeded = "no_action_needed";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [ReachedFamily, LeftMessage, Advised911, NoActionNeeded, Other];
}
