namespace PuenteBot.Content.Handouts;

/// <summary>Where handout files come from: the copies built into this assembly, or a folder on disk.</summary>
public static class HandoutFiles
{
    /// <summary>The handouts shipped inside the content assembly (<c>handouts/{lang}/{slug}.md</c>).</summary>
    public static IReadOnlyList<HandoutFile> Embedded() =>
        [.. MarkdownFiles.Embedded("handouts").Select(f => new HandoutFile(f.Language, f.Name, f.Text))];

    /// <summary>The handouts under a folder laid out as <c>{lang}/{slug}.md</c>.</summary>
    public static IReadOnlyList<HandoutFile> FromDirectory(string handoutsFolder) =>
        [.. MarkdownFiles.FromDirectory(handoutsFolder).Select(f => new HandoutFile(f.Language, f.Name, f.Text))];
}
