using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Topics;

/// <summary>
/// A reply to a free-text question that gives nothing to keep: "no", "no sé", "nothing", "prefiero no",
/// "nada, la verdad". Only the whole reply counts, so "no duerme y no come" is an answer.
/// </summary>
public static class NoAnswer
{
    private const string Filler = @"(?:pues|well|honestly|la verdad|sinceramente|um|mm|eh|ah|really|realmente|yet|todavia|aun|thanks|gracias|so far|hasta ahora|\.)";

    private const string Core = @"(?:no|nope|nah|nel|nothing|nada|none|ninguno|ninguna|ninguna cosa|no se|nose|no lo se|i dont know|i do not know|idk|dunno|no idea|ni idea|not sure|no estoy segur[oa]|quien sabe|not really|no mucho|not much|no thanks|no gracias|prefiero no|id rather not|rather not|no quiero|i dont want to|not now|ahora no|pass|paso)";

    private const string After = @"(?:has helped|ha ayudado|helped|helps|works|worked|has worked|funciona|funciono|ha funcionado|me ha funcionado|nos ha funcionado|sirve|ha servido|decir|contar|hablar de eso|talk about it|say|to say)";

    private static readonly PhraseSet Whole = new($"^ (?:{Filler} )*{Core} (?:(?:{Filler}|{After}|{Core}) )*$");

    public static bool Is(string? text) => Whole.IsFoundIn(NormalizedText.Of(text));
}
