using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// How the two layers of understanding are joined. Risk is the higher of the lexicon and the model (the model's
/// kind wherever it found danger: its kind head reads the whole message, and cross-validation finds it right more
/// often than the lexicon's cue), with one exception measured by writer-grouped
/// cross-validation (docs/recognizers.md): a lexicon match of possible danger over which the model is sure of none
/// (<see cref="LearnedReading.SureSafe"/>: "la troca se murió", "my phone died") is not danger but keeps the bot
/// watchful; the lexicon's urgent always stands. Intent and barriers come from the lexicon where it recognized
/// something, unless the model is sure of another intent (<see cref="LearnedReading.SureOfIntent"/>), and from the
/// model otherwise, with the model's probability as the confidence; when the lexicon and the model both read
/// barriers (or stigma and shame), the barriers of both are kept.
/// </summary>
public static class UnderstandingRules
{
    public static RiskAssessment Risk(RiskAssessment lexicon, LearnedReading? learned)
    {
        if (learned is null)
        {
            return lexicon;
        }

        if (lexicon.Level == RiskLevel.Possible && learned.Risk == RiskLevel.None && learned.SureSafe)
        {
            return RiskAssessment.None with { Source = RiskSources.Model, ModelScore = learned.DangerScore, Uncertain = true };
        }

        if (learned.Risk > lexicon.Level)
        {
            return new RiskAssessment(learned.Risk, learned.Kind, lexicon.Evidence)
            {
                Source = lexicon.Level == RiskLevel.None ? RiskSources.Model : RiskSources.Both,
                ModelScore = learned.DangerScore,
            };
        }

        return lexicon with
        {
            Category = learned.Kind ?? lexicon.Category,
            Source = lexicon.Level == RiskLevel.None || learned.Risk == RiskLevel.None ? RiskSources.Lexicon : RiskSources.Both,
            ModelScore = learned.DangerScore,
            Uncertain = lexicon.Level == RiskLevel.None && learned.Uncertain,
        };
    }

    /// <summary>The whole reading of a message not in danger (risk none).</summary>
    public static Classification Safe(string language, RiskAssessment risk, IntentResult lexicon, LearnedReading? learned)
    {
        if (learned is null)
        {
            return new Classification(language, lexicon.Intent, lexicon.Barriers, RiskLevel.None, risk) { Confidence = lexicon.Score };
        }

        var (top, probability) = learned.TopIntent;
        if (lexicon.Intent != Intents.Other && (lexicon.WholeMessage || !(learned.SureOfIntent && top != lexicon.Intent)))
        {
            return new Classification(language, lexicon.Intent, lexicon.Barriers, RiskLevel.None, risk)
            {
                Confidence = lexicon.Score,
                Alternative = top == lexicon.Intent ? learned.Intents.ElementAtOrDefault(1) : (top, probability),
                Question = learned.Question,
            };
        }

        var barriers = BarriersFor(top, learned);
        if (IsAboutBarriers(lexicon.Intent) && IsAboutBarriers(top))
        {
            // Both readings are about what keeps the family from care: keep every barrier either one heard ("my
            // family thinks he's crazy and we have no car" is stigma and a ride), and name the intent by them.
            barriers = [.. lexicon.Barriers.Union(barriers)];
            top = barriers.Count > 0 && barriers.All(Barriers.IsStigmaOrShame) ? Intents.StigmaShame : Intents.Barrier;
        }

        return new Classification(language, top, barriers, RiskLevel.None, risk)
        {
            Confidence = probability,
            Source = RiskSources.Model,
            Alternative = learned.Intents.ElementAtOrDefault(1),
            Question = learned.Question,
        };
    }

    private static bool IsAboutBarriers(string intent) => intent is Intents.Barrier or Intents.StigmaShame;

    private static IReadOnlyList<string> BarriersFor(string intent, LearnedReading learned) =>
        intent == Intents.StigmaShame ? learned.Barriers.Where(Barriers.IsStigmaOrShame).ToList() : learned.Barriers;
}
