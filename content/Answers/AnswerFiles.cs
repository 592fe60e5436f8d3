namespace PuenteBot.Content.Answers;

/// <summary>Where answer files come from: the copies built into this assembly, or a folder on disk.</summary>
public static class AnswerFiles
{
    /// <summary>The answers shipped inside the content assembly (<c>answers/{lang}/{id}.md</c>).</summary>
    public static IReadOnlyList<AnswerFile> Embedded() =>
        [.. MarkdownFiles.Embedded("answers").Select(f => new AnswerFile(f.Language, f.Name, f.Text))];

    /// <summary>The answers under a folder laid out as <c>{lang}/{id}.md</c>; none when the folder does not exist.</summary>
    public static IReadOnlyList<AnswerFile> FromDirectory(string answersFolder) =>
        Directory.Exists(answersFolder)
            ? [.. MarkdownFiles.FromDirectory(answersFolder).Select(f => new AnswerFile(f.Language, f.Name, f.Text))]
            : [];
}
