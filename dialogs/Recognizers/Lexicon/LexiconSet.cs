using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PuenteBot.Dialogs.Recognizers.Lexicon;

/// <summary>
/// The risk lexicon read from its YAML files and checked: word classes, danger cues per kind and level, signs of
/// urgency, idioms and protected phrases. Anything malformed (an unknown word class, kind or level, a bad pattern or
/// date) fails loudly with the entry's id and file.
/// </summary>
internal sealed partial class LexiconSet
{
    public const string Cues = "cues";
    public const string Urgency = "urgency";
    public const string Idioms = "idioms";
    public const string Protected = "protected";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly Lazy<LexiconSet> EmbeddedSet = new(() => Read(LexiconSource.Embedded()));

    private LexiconSet(IReadOnlyList<LexiconRule> rules) => Rules = rules;

    /// <summary>The lexicon embedded in this assembly, read once.</summary>
    public static LexiconSet Shipped => EmbeddedSet.Value;

    public IReadOnlyList<LexiconRule> Rules { get; }

    public IEnumerable<LexiconRule> In(string section) => Rules.Where(rule => rule.Section == section);

    /// <summary>One phrase set for several entries, in their order.</summary>
    public static PhraseSet PhrasesOf(IEnumerable<LexiconRule> rules) => new($" (?:{string.Join('|', rules.Select(rule => rule.Regex))}) ");

    public static LexiconSet Read(IEnumerable<LexiconSource> sources)
    {
        var documents = sources.Select(source => (source.Name, Document: Parse(source))).ToList();
        var classes = new WordClasses(documents.SelectMany(d => d.Document.Words.Select(w => (d.Name, w.Key, w.Value))));
        var rules = new List<LexiconRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, document) in documents)
        {
            foreach (var (section, entries) in new[] { (Cues, document.Cues), (Urgency, document.Urgency), (Idioms, document.Idioms), (Protected, document.Protected) })
            {
                foreach (var entry in entries)
                {
                    var rule = Check(entry, section, name, classes);
                    if (!ids.Add(rule.Id))
                    {
                        throw Problem(entry, name, "the id is used twice");
                    }

                    rules.Add(rule);
                }
            }
        }

        return new LexiconSet(rules);
    }

    private static LexiconDocument Parse(LexiconSource source)
    {
        try
        {
            return Yaml.Deserialize<LexiconDocument?>(source.Yaml) ?? new LexiconDocument();
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"lexicon file {source.Name} is not valid: {e.Message}", e);
        }
    }

    private static LexiconRule Check(LexiconEntry entry, string section, string file, WordClasses classes)
    {
        if (string.IsNullOrWhiteSpace(entry.Id) || !IdShape().IsMatch(entry.Id))
        {
            throw Problem(entry, file, "needs an id of lower case letters, digits, '.', '-' or '_'");
        }

        var level = section switch
        {
            Cues => entry.Level switch
            {
                "urgent" => RiskLevel.Urgent,
                "possible" => RiskLevel.Possible,
                _ => throw Problem(entry, file, $"unknown level '{entry.Level}' (urgent or possible)"),
            },
            _ when entry.Level is not null => throw Problem(entry, file, $"a level belongs to cues only, not to {section}"),
            Protected => RiskLevel.Possible,
            _ => RiskLevel.None,
        };
        var needsKind = section is Cues or Protected;
        if (needsKind && !RiskCategories.All.Contains(entry.Kind))
        {
            throw Problem(entry, file, $"unknown kind '{entry.Kind}' ({string.Join(", ", RiskCategories.All)})");
        }

        if (!needsKind && entry.Kind is not null)
        {
            throw Problem(entry, file, $"a kind belongs to cues and protected phrases, not to {section}");
        }

        if (entry.Language is not ("en" or "es" or "both"))
        {
            throw Problem(entry, file, $"unknown language '{entry.Language}' (en, es or both)");
        }

        if (string.IsNullOrWhiteSpace(entry.Reviewer)
            || !DateOnly.TryParseExact(entry.Reviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw Problem(entry, file, "needs a reviewer and a reviewed date (yyyy-MM-dd)");
        }

        if (string.IsNullOrWhiteSpace(entry.Pattern))
        {
            throw Problem(entry, file, "has no pattern");
        }

        try
        {
            return new LexiconRule(entry.Id, section, file, entry, level, LexiconPattern.Compile(entry.Pattern, classes.Regex));
        }
        catch (FormatException e)
        {
            throw Problem(entry, file, e.Message);
        }
    }

    private static InvalidDataException Problem(LexiconEntry entry, string file, string problem) =>
        new($"lexicon entry '{entry.Id}' in {file}: {problem}");

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex IdShape();
}
