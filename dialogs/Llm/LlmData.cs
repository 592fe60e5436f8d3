using System.Reflection;

namespace PuenteBot.Dialogs.Llm;

/// <summary>The word lists the language-model guards read, embedded in this assembly (<c>dialogs/Llm/*.txt</c>).</summary>
internal static class LlmData
{
    /// <summary>The words of the list <paramref name="name"/>: whitespace-separated, lines from <c>#</c> are comments.</summary>
    public static IEnumerable<string> Words(string name) => Lines(name).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The non-empty, non-comment lines of <paramref name="name"/>, trimmed.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PuenteBot.Dialogs.Llm." + name)
            ?? throw new InvalidOperationException($"The embedded list {name} is missing.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
