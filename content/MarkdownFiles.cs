using System.Reflection;

namespace PuenteBot.Content;

/// <summary>
/// Content files laid out as <c>{folder}/{lang}/{name}.md</c>: the copies built into this assembly, or a folder on disk,
/// each as its language folder, its file name without the extension, and its text, in name order.
/// </summary>
internal static class MarkdownFiles
{
    public static IReadOnlyList<(string Language, string Name, string Text)> Embedded(string folder)
    {
        var prefix = folder + "/";
        var assembly = typeof(MarkdownFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Select(name => (name, path: name.Replace('\\', '/')))
            .Where(r => r.path.StartsWith(prefix, StringComparison.Ordinal) && r.path.EndsWith(".md", StringComparison.Ordinal))
            .Select(r => FromPath(r.path[prefix.Length..], Read(assembly, r.name)))
            .OrderBy(f => f.Language + "/" + f.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<(string Language, string Name, string Text)> FromDirectory(string folder) =>
        Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(path => FromPath(Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .OrderBy(f => f.Language + "/" + f.Name, StringComparer.Ordinal)
            .ToList();

    private static (string Language, string Name, string Text) FromPath(string relative, string text)
    {
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return (slash < 0 ? string.Empty : relative[..slash], Path.GetFileNameWithoutExtension(relative), text);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is listed but cannot be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
