using YamlDotNet.RepresentationModel;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// A two-language scenario: any value written as a map of exactly <c>en</c> and <c>es</c>
/// (<c>user: {en: "hi", es: "hola"}</c>) stands for its value in the language the scenario is run in. A file with such
/// maps runs once per language; a file without runs once, as written.
/// </summary>
public static class TranscriptLanguages
{
    public static readonly IReadOnlyList<string> Both = ["en", "es"];

    /// <summary>The languages a scenario runs in: <see cref="Both"/> when it has a map by language, else none (one run).</summary>
    public static IReadOnlyList<string> Of(YamlNode root) => Nodes(root).Any(IsByLanguage) ? Both : [];

    /// <summary>The document with every map by language replaced by its value in <paramref name="language"/>.</summary>
    public static YamlNode Project(YamlNode node, string language) => node switch
    {
        YamlMappingNode map when IsByLanguage(map) => Project(map.Children[new YamlScalarNode(language)], language),
        YamlMappingNode map => new YamlMappingNode(map.Children.Select(p => new KeyValuePair<YamlNode, YamlNode>(p.Key, Project(p.Value, language)))),
        YamlSequenceNode list => new YamlSequenceNode(list.Children.Select(c => Project(c, language))) { Style = list.Style },
        _ => node,
    };

    private static bool IsByLanguage(YamlNode node) =>
        node is YamlMappingNode map && map.Children.Count == Both.Count
        && map.Children.Keys.All(k => k is YamlScalarNode { Value: { } key } && Both.Contains(key));

    private static IEnumerable<YamlNode> Nodes(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.Values.SelectMany(Nodes).Prepend(map),
        YamlSequenceNode list => list.Children.SelectMany(Nodes).Prepend(list),
        _ => [node],
    };
}
