namespace PuenteBot.Dialogs.Recognizers.Lexicon;

/// <summary>The word classes of <c>words.yaml</c>, each compiled once to a regex when an entry first names it.</summary>
internal sealed class WordClasses
{
    private readonly Dictionary<string, (string File, WordClassEntry Entry)> classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> compiled = new(StringComparer.Ordinal);
    private readonly HashSet<string> compiling = new(StringComparer.Ordinal);

    public WordClasses(IEnumerable<(string File, string Name, WordClassEntry Entry)> entries)
    {
        foreach (var (file, name, entry) in entries)
        {
            if (!classes.TryAdd(name, (file, entry)))
            {
                throw new InvalidDataException($"word class '{name}' in {file} is defined twice");
            }

            if (entry.Words.Count == 0 || string.IsNullOrWhiteSpace(entry.Means))
            {
                throw new InvalidDataException($"word class '{name}' in {file} needs 'means' and at least one word");
            }
        }
    }

    /// <summary>The regex for a class: any one of its words (each a pattern, which may name other classes).</summary>
    public string Regex(string name)
    {
        if (compiled.TryGetValue(name, out var regex))
        {
            return regex;
        }

        if (!classes.TryGetValue(name, out var found))
        {
            throw new FormatException($"unknown word class {{{name}}}");
        }

        if (!compiling.Add(name))
        {
            throw new FormatException($"word class {{{name}}} names itself");
        }

        try
        {
            var words = found.Entry.Words.Select(word => LexiconPattern.Compile(word, Regex));
            regex = $"(?:{string.Join('|', words)})";
        }
        catch (FormatException e)
        {
            throw new FormatException($"in word class {{{name}}} ({found.File}): {e.Message}", e);
        }
        finally
        {
            compiling.Remove(name);
        }

        compiled[name] = regex;
        return regex;
    }
}
