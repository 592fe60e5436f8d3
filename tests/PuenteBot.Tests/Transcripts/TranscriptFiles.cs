using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// The scenario files under tests/PuenteBot.Tests/Transcripts/Scenarios: one test case each, or one per language for
/// a two-language scenario (<see cref="TranscriptLanguages"/>).
/// </summary>
public static class TranscriptFiles
{
    /// <summary>The language of a scenario written for one language only (run once, as written).</summary>
    public const string AsWritten = "as written";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static string Folder => Path.Combine(Support.RepositoryPaths.Root, "tests", "PuenteBot.Tests", "Transcripts", "Scenarios");

    /// <summary>Every scenario, or those under the folder <paramref name="under"/>, but none under <paramref name="except"/>.</summary>
    public static TheoryData<string, string> All(string? under = null, string? except = null)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(under is null ? Folder : Path.Combine(Folder, under), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (except is not null && Path.GetRelativePath(Folder, file).StartsWith(except + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var languages = TranscriptLanguages.Of(Load(File.ReadAllText(file)));
            foreach (var language in languages.Count == 0 ? [AsWritten] : languages)
            {
                data.Add(Path.GetRelativePath(Folder, file), language);
            }
        }

        return data;
    }

    public static Transcript Read(string relativePath, string language) =>
        Parse(File.ReadAllText(Path.Combine(Folder, relativePath)), language);

    /// <summary>A scenario's YAML as run in <paramref name="language"/> (en, es, or <see cref="AsWritten"/>).</summary>
    public static Transcript Parse(string yaml, string language)
    {
        var root = Load(yaml);
        if (language != AsWritten)
        {
            root = TranscriptLanguages.Project(root, language);
        }

        using var text = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(text, assignAnchors: false);
        return Yaml.Deserialize<Transcript>(text.ToString());
    }

    private static YamlNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }
}
