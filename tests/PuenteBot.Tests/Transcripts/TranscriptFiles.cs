using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PuenteBot.Tests.Transcripts;

/// <summary>The scenario files under tests/PuenteBot.Tests/Transcripts/Scenarios, one test case each.</summary>
public static class TranscriptFiles
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static string Folder => Path.Combine(Support.RepositoryPaths.Root, "tests", "PuenteBot.Tests", "Transcripts", "Scenarios");

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Folder, file));
        }

        return data;
    }

    public static Transcript Read(string relativePath) =>
        Yaml.Deserialize<Transcript>(File.ReadAllText(Path.Combine(Folder, relativePath)));
}
