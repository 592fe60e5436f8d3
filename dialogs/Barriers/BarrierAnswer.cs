namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// An answer to "what might get in the way?": the barriers it names, in order; or nothing at all; or "something
/// else", to be told in the caregiver's words.
/// </summary>
public sealed record BarrierAnswer(IReadOnlyList<NamedBarrier> Barriers, bool Nothing = false)
{
    public static readonly BarrierAnswer NothingInTheWay = new([], Nothing: true);

    public bool SomethingElse => Barriers is [{ Kind: BarrierPlaybook.Other, Words: null }];
}
