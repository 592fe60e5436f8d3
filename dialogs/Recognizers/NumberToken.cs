namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A piece of text for the number parser: a number in digits (<see cref="Literal"/>), a number word
/// (<see cref="Word"/>), or anything else, which ends a number.
/// </summary>
internal readonly record struct NumberToken(int Start, int End, string Text, NumberWord? Word, double? Literal)
{
    public bool IsValue => Literal is not null || Word?.Kind is NumberWordKind.Unit or NumberWordKind.Ten;

    public double Value => Literal ?? Word?.Value ?? 0;

    public NumberWordKind? Kind => Word?.Kind;
}
