using PuenteBot.Content.Handouts;

namespace PuenteBot.Content.Checking;

/// <summary>Everything the content check looks at: the handout files and the UI strings of each language.</summary>
public sealed record ContentSet(
    IReadOnlyList<HandoutFile> Handouts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings)
{
    /// <summary>The content as shipped inside the assemblies.</summary>
    public static ContentSet Embedded() => new(HandoutFiles.Embedded(), StringTables.Embedded());

    /// <summary>The content under a folder laid out like <c>content/</c>: <c>handouts/{lang}/*.md</c> and <c>Resources/*.resx</c>.</summary>
    public static ContentSet FromFolder(string contentFolder) => new(
        HandoutFiles.FromDirectory(Path.Combine(contentFolder, "handouts")),
        StringTables.FromResxFolder(Path.Combine(contentFolder, "Resources")));
}
