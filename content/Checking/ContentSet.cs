using PuenteBot.Content.Answers;
using PuenteBot.Content.Handouts;

namespace PuenteBot.Content.Checking;

/// <summary>Everything the content check looks at: the handout files, the UI strings of each language and the answer files.</summary>
public sealed record ContentSet(
    IReadOnlyList<HandoutFile> Handouts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings)
{
    /// <summary>The authored answers (<c>answers/{lang}/{id}.md</c>); none unless given.</summary>
    public IReadOnlyList<AnswerFile> Answers { get; init; } = [];

    /// <summary>The content as shipped inside the assemblies.</summary>
    public static ContentSet Embedded() => new(HandoutFiles.Embedded(), StringTables.Embedded()) { Answers = AnswerFiles.Embedded() };

    /// <summary>The content under a folder laid out like <c>content/</c>: <c>handouts/{lang}/*.md</c>, <c>Resources/*.resx</c> and <c>answers/{lang}/*.md</c>.</summary>
    public static ContentSet FromFolder(string contentFolder) => new(
        HandoutFiles.FromDirectory(Path.Combine(contentFolder, "handouts")),
        StringTables.FromResxFolder(Path.Combine(contentFolder, "Resources")))
    {
        Answers = AnswerFiles.FromDirectory(Path.Combine(contentFolder, "answers")),
    };
}
