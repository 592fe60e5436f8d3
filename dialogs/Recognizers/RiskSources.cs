namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Which layer of understanding decided a reading, as <c>classify</c> reports it in <c>source</c>.</summary>
public static class RiskSources
{
    public const string Lexicon = "lexicon";
    public const string Model = "model";
    public const string Both = "both";
    public const string Conversation = "conversation";

    /// <summary>The clinic's language model, asked when the learned model was unsure (<c>DangerSecondOpinion</c>); it only raises none to possible.</summary>
    public const string SecondOpinion = "llm";
}
