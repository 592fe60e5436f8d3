namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Runs the language, risk and intent recognizers over one message. Any risk makes the intent <c>crisis</c>: the
/// crisis path comes before everything else, and the barriers wait until the family is safe.
/// </summary>
public sealed class UtteranceClassifier(LanguageRecognizer language, IntentRecognizer intents, RiskRecognizer risk)
{
    /// <param name="text">The message.</param>
    /// <param name="fallbackLanguage">The language to assume when the message does not show one (the conversation's).</param>
    public Classification Classify(string? text, string fallbackLanguage = Languages.English)
    {
        var normalized = NormalizedText.Of(text);
        var lang = language.Detect(text, normalized).Language ?? fallbackLanguage;
        var assessment = risk.AssessNormalized(normalized);
        if (assessment.Level != RiskLevel.None)
        {
            return new Classification(lang, Intents.Crisis, [], assessment.Level, assessment);
        }

        var intent = intents.RecognizeNormalized(normalized);
        return new Classification(lang, intent.Intent, intent.Barriers, RiskLevel.None, assessment);
    }
}
