namespace PuenteBot.Dialogs.StigmaShame;

/// <summary>
/// What the caregiver said worries them most: its kind (null when they would rather not say) and their own words
/// (null when they picked an option from the list).
/// </summary>
public sealed record ConcernAnswer(string? Kind, string? Words)
{
    public static readonly ConcernAnswer None = new(null, null);

    /// <summary>They picked "something else" without saying what it is.</summary>
    public bool NeedsWords => Kind == ConcernKinds.Other && Words is null;
}
