using System.Reflection;

namespace PuenteBot.Content.Answers;

/// <summary>Where answer files come from: the copies built into this assembly, or a folder on disk.</summary>
public static class AnswerFiles
{
    private const string ResourcePrefix = "answers/";

    /// <summary>The answers shipped inside the content assembly (<c>answers/{lang}/{id}.md</c>).</summary>
    public static IReadOnlyList<AnswerFile> Embedded()
    {
        var assembly = typeof(AnswerFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Select(name => (name, path: name.Replace('\\', '/')))
            .Where(r => r.path.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.path.EndsWith(".md", StringComparison.Ordinal))
            .Select(r => FromPath(r.path[ResourcePrefix.Length..], Read(assembly, r.name)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The answers under a folder laid out as <c>{lang}/{id}.md</c>; none when the folder does not exist.</summary>
    public static IReadOnlyList<AnswerFile> FromDirectory(string answersFolder) =>
        !Directory.Exists(answersFolder)
            ? []
            : Directory.EnumerateFiles(answersFolder, "*.md", SearchOption.AllDirectories)
                .Select(path => FromPath(Path.GetRelativePath(answersFolder, path).Replace('\\', '/'), File.ReadAllText(path)))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();

    private static AnswerFile FromPath(string relative, string text)
    {
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return new(slash < 0 ? string.Empty : relative[..slash], Path.GetFileNameWithoutExtension(relative), text);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is listed but cannot be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
