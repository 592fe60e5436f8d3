using System.Collections.Frozen;

namespace PuenteBot.Content.Handouts;

/// <summary>
/// What a handout may say it serves: the barrier kinds of CONVERSATION.md, plus the other concerns the dialogs
/// offer handouts for.
/// </summary>
public static class HandoutConcerns
{
    public static readonly FrozenSet<string> Barriers = FrozenSet.Create(
        StringComparer.Ordinal,
        "transport", "schedule", "cost", "childcare", "language", "technology", "immigration", "distrust",
        "family_disagreement", "child_refuses", "doubts_treatment", "stigma", "shame");

    public static readonly FrozenSet<string> Others = FrozenSet.Create(
        StringComparer.Ordinal, "engagement", "setback", "self_care", "crisis", "school");

    public static bool IsKnown(string concern) => Barriers.Contains(concern) || Others.Contains(concern);
}
