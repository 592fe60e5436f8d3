namespace PuenteBot.Dialogs.Recognizers.Lexicon;

/// <summary>The text of one lexicon file and its name, for messages about it.</summary>
internal sealed record LexiconSource(string Name, string Yaml)
{
    private const string Prefix = "PuenteBot.Dialogs.Recognizers.Lexicon.";

    /// <summary>The lexicon files embedded in this assembly (<c>Recognizers/Lexicon/*.yaml</c>).</summary>
    public static IReadOnlyList<LexiconSource> Embedded()
    {
        var assembly = typeof(LexiconSource).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new LexiconSource(name[Prefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }
}
