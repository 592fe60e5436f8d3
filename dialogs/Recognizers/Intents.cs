namespace PuenteBot.Dialogs.Recognizers;

/// <summary>The intent labels.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string Barrier = "barrier";
    public const string StigmaShame = "stigma_shame";
    public const string Setback = "setback";
    public const string HandoutRequest = "handout_request";
    public const string TalkToClinician = "talk_to_clinician";
    public const string Crisis = "crisis";
    public const string LanguageSwitch = "language_switch";
    public const string Help = "help";
    public const string Stop = "stop";
    public const string ThanksGoodbye = "thanks_goodbye";
    public const string Other = "other";
}
