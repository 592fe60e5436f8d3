using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>Short commands that work as the whole message, in either language, with or without accents.</summary>
internal static class CommandWords
{
    public static readonly HashSet<string> Help =
        ["help", "menu", "options", "?", "ayuda", "opciones", "info", "informacion", "que puedo hacer", "what can you do"];

    public static readonly HashSet<string> Cancel =
        ["cancel", "stop", "start over", "reset", "quit", "exit", "cancelar", "basta", "empezar de nuevo", "volver a empezar", "salir"];

    /// <summary>A person asked for in a word or two ("una persona por favor", "human").</summary>
    public static readonly HashSet<string> Person =
    [
        "person", "a person", "real person", "a real person", "person please", "a person please", "human", "a human", "human please",
        "agent", "representative", "operator", "persona", "una persona", "persona por favor", "una persona por favor", "humano",
        "un humano", "una persona real", "alguien", "con alguien", "con una persona",
    ];

    public static bool Matches(HashSet<string> words, string? text) =>
        words.Contains(TextNormalizer.Fold(text).Trim('.', '!', ',', ' ', '¡'));
}
