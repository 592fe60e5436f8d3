namespace PuenteBot.Dialogs.Recognizers;

/// <summary>What a number word does: a value to add, a hundred or scale to multiply, a denominator, or glue.</summary>
internal enum NumberWordKind
{
    Unit,
    Ten,
    Hundreds,
    Hundred,
    Scale,
    Dozen,
    Denominator,
    Half,
    And,
    Point,
    Minus,
    Article,
    Over,
}
