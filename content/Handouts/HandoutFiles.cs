using System.Reflection;

namespace PuenteBot.Content.Handouts;

/// <summary>Where handout files come from: the copies built into this assembly, or a folder on disk.</summary>
public static class HandoutFiles
{
    private const string ResourcePrefix = "handouts/";

    /// <summary>The handouts shipped inside the content assembly (<c>handouts/{lang}/{slug}.md</c>).</summary>
    public static IReadOnlyList<HandoutFile> Embedded()
    {
        var assembly = typeof(HandoutFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Select(name => (name, path: name.Replace('\\', '/')))
            .Where(r => r.path.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.path.EndsWith(".md", StringComparison.Ordinal))
            .Select(r => FromPath(r.path[ResourcePrefix.Length..], ReadResource(assembly, r.name)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The handouts under a folder laid out as <c>{lang}/{slug}.md</c>.</summary>
    public static IReadOnlyList<HandoutFile> FromDirectory(string handoutsFolder) =>
        Directory.EnumerateFiles(handoutsFolder, "*.md", SearchOption.AllDirectories)
            .Select(path => FromPath(Path.GetRelativePath(handoutsFolder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

    private static HandoutFile FromPath(string relative, string text)
    {
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        var language = slash < 0 ? string.Empty : relative[..slash];
        return new(language, Path.GetFileNameWithoutExtension(relative), text);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is listed but cannot be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
