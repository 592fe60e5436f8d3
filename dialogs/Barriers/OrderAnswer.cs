namespace PuenteBot.Dialogs.Barriers;

/// <summary>The order the family chose for the concerns they named, or the concerns left after they corrected what was heard.</summary>
public sealed record OrderAnswer(IReadOnlyList<NamedBarrier> Barriers, bool Corrected = false);
