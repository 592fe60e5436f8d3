namespace PuenteBot.Dialogs.Recognizers;

/// <summary>How much danger a message shows: none, possible (ask the safety question) or urgent (crisis response now).</summary>
public enum RiskLevel
{
    None,
    Possible,
    Urgent,
}
