namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// Scores labelled messages the way <see cref="UtteranceClassifier"/> reads them, from the heads' raw outputs, so
/// that thresholds can be tried on cross-validated outputs without training again. The lexicon's readings do not
/// depend on the model and are read once.
/// </summary>
public sealed class NluEvaluation
{
    private readonly IReadOnlyList<CorpusRecord> records;
    private readonly (string Language, RiskAssessment Risk, IntentResult Intent)[] lexicon;
    private readonly int[] words;

    public NluEvaluation(IReadOnlyList<CorpusRecord> records)
    {
        this.records = records;
        words = [.. records.Select(r => LearnedRecognizer.WordCount(r.Text))];
        var language = new LanguageRecognizer();
        var risk = new RiskRecognizer();
        var intents = new IntentRecognizer();
        lexicon = [.. records.Select(r =>
        {
            var normalized = NormalizedText.Of(r.Text);
            return (language.Detect(r.Text, normalized).Language ?? Languages.English, risk.AssessNormalized(normalized), intents.RecognizeLexicon(normalized));
        })];
    }

    public IReadOnlyList<CorpusRecord> Records => records;

    /// <summary>The number of words of each record, as <see cref="LearnedRecognizer.Decide"/> weighs them.</summary>
    public int WordsOf(int index) => words[index];

    /// <summary>The lexicon alone.</summary>
    public NluMetrics Lexicon() => NluMetrics.Measure([.. records.Select((r, i) => (r, Classify(i, null)))]);

    /// <summary>Lexicon and model together, from the model's outputs for each record.</summary>
    public NluMetrics Combined(IReadOnlyList<NluOutput> outputs, NluModelInfo info) =>
        NluMetrics.Measure([.. records.Select((r, i) => (r, Classify(i, LearnedRecognizer.Decide(outputs[i], info, words[i]))))]);

    /// <summary>The model alone (its risk and intent, no lexicon).</summary>
    public NluMetrics ModelOnly(IReadOnlyList<NluOutput> outputs, NluModelInfo info) =>
        NluMetrics.Measure([.. records.Select((r, i) => (r, Classify(i, LearnedRecognizer.Decide(outputs[i], info, words[i]), useLexicon: false)))]);

    public Classification Classify(int index, LearnedReading? learned, bool useLexicon = true)
    {
        var (language, lexiconRisk, lexiconIntent) = lexicon[index];
        var risk = UnderstandingRules.Risk(useLexicon ? lexiconRisk : RiskAssessment.None, learned);
        return risk.Level != RiskLevel.None
            ? new Classification(language, Intents.Crisis, [], risk.Level, risk)
            : UnderstandingRules.Safe(language, risk, useLexicon ? lexiconIntent : new IntentResult(Intents.Other, 0, []), learned);
    }
}
