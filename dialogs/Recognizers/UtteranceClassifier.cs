using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Runs the language, risk and intent recognizers over one message, the lexicon and (when given) the learned
/// model side by side (<see cref="UnderstandingRules"/>). Any risk makes the intent <c>crisis</c>: the crisis path
/// comes before everything else, and the barriers wait until the family is safe.
/// </summary>
public sealed class UtteranceClassifier(LanguageRecognizer language, IntentRecognizer intents, RiskRecognizer risk, LearnedRecognizer? learned = null)
{
    /// <param name="text">The message.</param>
    /// <param name="fallbackLanguage">The language to assume when the message does not show one (the conversation's).</param>
    public Classification Classify(string? text, string fallbackLanguage = Languages.English)
    {
        var normalized = NormalizedText.Of(text);
        var lang = language.Detect(text, normalized).Language ?? fallbackLanguage;
        var reading = learned?.Read(text);
        var assessment = UnderstandingRules.Risk(risk.AssessNormalized(normalized), reading);
        if (assessment.Level != RiskLevel.None)
        {
            return new Classification(lang, Intents.Crisis, [], assessment.Level, assessment) { Source = assessment.Source, Question = reading?.Question ?? false };
        }

        return UnderstandingRules.Safe(lang, assessment, intents.RecognizeLexicon(normalized), reading);
    }
}
