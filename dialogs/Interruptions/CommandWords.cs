using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Interruptions;

/// <summary>Short commands that work as the whole message, in either language, with or without accents.</summary>
internal static class CommandWords
{
    public static readonly HashSet<string> Help =
        ["help", "menu", "options", "?", "ayuda", "opciones", "info", "informacion", "que puedo hacer", "what can you do"];

    public static readonly HashSet<string> Cancel =
        ["cancel", "stop", "start over", "reset", "quit", "exit", "cancelar", "basta", "empezar de nuevo", "volver a empezar", "salir"];

    public static bool Matches(HashSet<string> words, string? text) =>
        words.Contains(TextNormalizer.Fold(text).Trim('.', '!', ',', ' ', '¡'));
}
