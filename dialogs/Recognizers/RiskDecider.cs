using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// The risk of a message in its conversation: the higher of the lexicon and the learned model
/// (<see cref="UnderstandingRules.Risk"/>), then weighed with the family's earlier words of danger
/// (<see cref="CareNotes.RiskEvents"/> within <see cref="Window"/>): a new warning sign after an earlier one, or a
/// plan or means after a warning sign, is urgent; an earlier sign keeps the bot watchful, so a message the model is
/// unsure of is asked about, unless the family has already answered that question for that sign
/// (<see cref="RiskNote.AnsweredSafeAt"/>: "no one is in danger"), so the next ordinary message is not asked again.
/// </summary>
public sealed class RiskDecider(RiskRecognizer lexicon, LearnedRecognizer? learned = null)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <summary>
    /// A plan or means after a warning sign is urgent only when the model sees at least this much danger in the words:
    /// "now" alone ("what do I do now?", "stop for now") is the lexicon's word of immediacy but no means.
    /// </summary>
    public const double MeansFloor = 0.15;

    /// <summary>The message alone.</summary>
    public RiskAssessment Assess(string? text) => UnderstandingRules.Risk(lexicon.Assess(text), learned?.Read(text));

    /// <summary>The message with the conversation's earlier risk events (oldest first) as of <paramref name="now"/>.</summary>
    public RiskAssessment Assess(string? text, IReadOnlyList<RiskNote> earlier, DateTimeOffset now)
    {
        var current = Assess(text);
        var before = earlier.LastOrDefault(e => now - e.At <= Window && e.Quote != text);
        if (before is null || current.Level == RiskLevel.Urgent)
        {
            return current;
        }

        var kind = current.Category ?? before.Category;
        if (current.Level == RiskLevel.Possible && !current.Evidence.All(before.Evidence.Contains))
        {
            return current with { Level = RiskLevel.Urgent, Category = kind, Source = RiskSources.Conversation };
        }

        if (current.Level == RiskLevel.None && current.ModelScore is null or >= MeansFloor && lexicon.ShowsPlanOrMeans(text))
        {
            return current with { Level = RiskLevel.Urgent, Category = kind, Source = RiskSources.Conversation };
        }

        return current.Level == RiskLevel.None && current.Uncertain && before.AnsweredSafeAt is null
            ? current with { Level = RiskLevel.Possible, Category = kind, Source = RiskSources.Conversation }
            : current;
    }
}
