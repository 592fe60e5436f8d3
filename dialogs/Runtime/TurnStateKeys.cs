namespace PuenteBot.Dialogs.Runtime;

/// <summary>Names of the values middleware leave in <c>TurnState</c> for the stages after them.</summary>
public static class TurnStateKeys
{
    /// <summary>Set when the caregiver picked a menu option by its title: those words are the menu's, not a barrier told.</summary>
    public const string MenuTitlePicked = "menu.titlePicked";

    /// <summary>The <c>RiskAssessment</c> of the message.</summary>
    public const string Risk = "risk";

    /// <summary>Set (to the new language) when the caregiver asked to switch language this turn.</summary>
    public const string LanguageSwitched = "languageSwitched";

    /// <summary>The intent the menu recognized in the message (an <c>Intents</c> name), for the turn's telemetry.</summary>
    public const string Intent = "intent";
}
