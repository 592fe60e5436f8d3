using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Recognizes intent and barriers from what a caregiver writes, in either language or both (the lexicons hold both,
/// so <c>language</c> does not narrow them). Crisis is not decided here: see <see cref="UtteranceClassifier"/>.
/// </summary>
public sealed class IntentRecognizer(LearnedRecognizer? learned = null)
{
    /// <summary>
    /// The lexicon and the learned model joined as <c>classify</c> joins them (<see cref="UnderstandingRules.Safe"/>):
    /// the lexicon's reading unless the model is sure of another intent, the model's where the lexicon recognized nothing.
    /// </summary>
    public IntentResult Recognize(string? text, string language)
    {
        var lexicon = RecognizeLexicon(NormalizedText.Of(text));
        if (learned is null)
        {
            return lexicon with { Intent = AboutStigma(lexicon.Intent, lexicon.Barriers) };
        }

        var reading = UnderstandingRules.Safe(language, RiskAssessment.None, lexicon, learned.Read(text));
        return new IntentResult(AboutStigma(reading.Intent, reading.Barriers), reading.Confidence, reading.Barriers);
    }

    /// <summary>
    /// Stigma or shame said with what family or the child think of care ("my mom says therapy is for crazy
    /// people", "mi mamá dice que la terapia es para locos") is the stigma talk, not a list of practical barriers.
    /// </summary>
    private static string AboutStigma(string intent, IReadOnlyList<string> barriers) =>
        intent == Intents.Barrier && barriers.Any(Recognizers.Barriers.IsStigmaOrShame)
        && barriers.All(b => Recognizers.Barriers.IsStigmaOrShame(b) || b is Recognizers.Barriers.FamilyDisagreement or Recognizers.Barriers.ChildRefuses)
            ? Intents.StigmaShame
            : intent;

    /// <summary>
    /// The learned model's intents for a message, likeliest first, with their probabilities (none without a model):
    /// the readings a "Do you mean A or B?" question offers when nothing was recognized.
    /// </summary>
    public IReadOnlyList<(string Intent, double Probability)> Likeliest(string? text)
    {
        if (learned is null)
        {
            return [];
        }

        var output = learned.Predict(text);
        return [.. output.Intent.Select((p, i) => (learned.Info.Intents[i], (double)p)).OrderByDescending(x => x.Item2)];
    }

    /// <summary>The lexicon alone, for text already passed through <see cref="NormalizedText.Of"/>.</summary>
    internal IntentResult RecognizeLexicon(string normalized)
    {
        var whole = string.Join(' ', NormalizedText.WordsOf(normalized));
        var barriers = FindBarriers(normalized);
        if (IntentLexicon.StopAlone.Contains(whole))
        {
            return new IntentResult(Intents.Stop, 1.0, barriers);
        }

        if (IntentLexicon.LanguageAlone.Contains(whole) || IsShortAboutLanguage(whole))
        {
            return new IntentResult(Intents.LanguageSwitch, 1.0, barriers);
        }

        foreach (var (intent, phrases) in IntentLexicon.Requests)
        {
            if (phrases.IsFoundIn(normalized))
            {
                return new IntentResult(intent, 0.9, barriers);
            }
        }

        if (barriers.Count > 0)
        {
            var intent = barriers.All(Recognizers.Barriers.IsStigmaOrShame) ? Intents.StigmaShame : Intents.Barrier;
            return new IntentResult(intent, 0.8, barriers);
        }

        if (IntentLexicon.GreetingAgain.IsFoundIn(" " + whole + " "))
        {
            return new IntentResult(Intents.Greeting, 0.9, barriers) { WholeMessage = true };
        }

        var smallTalk = SmallTalk(normalized, whole);
        return new IntentResult(smallTalk, smallTalk == Intents.Other ? 0.0 : 0.7, barriers);
    }

    private static string SmallTalk(string normalized, string whole) =>
        IntentLexicon.Setback.IsFoundIn(normalized) ? Intents.Setback
        : IntentLexicon.HelpAlone.Contains(whole) ? Intents.Help
        : IntentLexicon.ThanksGoodbye.IsFoundIn(normalized) ? Intents.ThanksGoodbye
        : IntentLexicon.Greeting.IsFoundIn(normalized) ? Intents.Greeting
        : IntentLexicon.Blessings.IsFoundIn(normalized) ? Intents.ThanksGoodbye
        : Intents.Other;

    /// <summary>A few words about a language ("hablo poco inglés") ask to talk in the other one.</summary>
    private static bool IsShortAboutLanguage(string whole) =>
        whole.Count(c => c == ' ') < 5 && IntentLexicon.Tongues.Any(t => whole.Contains(t, StringComparison.Ordinal));

    private static List<string> FindBarriers(string normalized) =>
        BarrierLexicon.Kinds
            .Select(kind => (kind.Barrier, Match: kind.Phrases.Find(normalized)))
            .Where(found => found.Match is not null)
            .OrderBy(found => found.Match!.Value.Index)
            .Select(found => found.Barrier)
            .ToList();
}
