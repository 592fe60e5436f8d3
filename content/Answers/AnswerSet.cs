namespace PuenteBot.Content.Answers;

/// <summary>
/// The authored answers in both languages, read once at start. Built from files that must all be valid (the content
/// check proves the shipped ones are); a broken file fails fast with what is wrong.
/// </summary>
public sealed class AnswerSet
{
    private static readonly Lazy<AnswerSet> Shipped = new(() => FromFiles(AnswerFiles.Embedded()));

    private readonly Dictionary<(string Language, string Id), Answer> byKey;

    public AnswerSet(IEnumerable<Answer> answers)
    {
        All = [.. answers.OrderBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.Language, StringComparer.Ordinal)];
        byKey = All.ToDictionary(a => (a.Language, a.Id));
    }

    /// <summary>The answers built into the content assembly.</summary>
    public static AnswerSet Embedded => Shipped.Value;

    public static AnswerSet FromFiles(IEnumerable<AnswerFile> files)
    {
        var results = files.Select(AnswerParser.Parse).ToList();
        var broken = results.Where(r => r.Answer is null).ToList();
        if (broken.Count > 0)
        {
            var detail = string.Join("; ", broken.Select(r => $"{r.File.Name}: {string.Join(", ", r.Problems)}"));
            throw new InvalidDataException($"Answers that cannot be read: {detail}");
        }

        return new AnswerSet(results.Select(r => r.Answer!));
    }

    /// <summary>Every answer in every language, by id.</summary>
    public IReadOnlyList<Answer> All { get; }

    /// <summary>The answer <paramref name="id"/> in <paramref name="language"/>, or null.</summary>
    public Answer? Find(string language, string id) => byKey.GetValueOrDefault((language, id));
}
