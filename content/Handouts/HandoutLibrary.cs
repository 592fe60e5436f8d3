namespace PuenteBot.Content.Handouts;

/// <summary>
/// The handouts in both languages, for the page, chat cards and SMS. Built from files that must all be valid
/// (the content check proves the shipped ones are); a broken file fails fast with what is wrong.
/// </summary>
public sealed class HandoutLibrary
{
    private static readonly Lazy<HandoutLibrary> Shipped = new(() => FromFiles(HandoutFiles.Embedded()));

    private readonly Dictionary<string, List<Handout>> byLanguage;

    public HandoutLibrary(IEnumerable<Handout> handouts)
    {
        byLanguage = handouts
            .GroupBy(h => h.Language, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(h => h.Slug, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The handouts built into the content assembly, read once.</summary>
    public static HandoutLibrary Embedded => Shipped.Value;

    public static HandoutLibrary FromFiles(IEnumerable<HandoutFile> files)
    {
        var results = files.Select(HandoutParser.Parse).ToList();
        var broken = results.Where(r => r.Handout is null).ToList();
        if (broken.Count > 0)
        {
            var detail = string.Join("; ", broken.Select(r => $"{r.File.Name}: {string.Join(", ", r.Problems)}"));
            throw new InvalidDataException($"Handouts that cannot be read: {detail}");
        }

        return new HandoutLibrary(results.Select(r => r.Handout!));
    }

    /// <summary>The handout <paramref name="slug"/> in <paramref name="language"/> ("en" or "es"), or null.</summary>
    public Handout? Find(string language, string slug) =>
        All(language).FirstOrDefault(h => h.Slug == slug);

    /// <summary>Every handout in a language, by slug.</summary>
    public IReadOnlyList<Handout> All(string language) =>
        byLanguage.TryGetValue(language, out var list) ? list : [];

    /// <summary>The handouts that help with a barrier kind or concern (e.g. "transport", "shame", "crisis").</summary>
    public IReadOnlyList<Handout> ForBarrier(string language, string kind) =>
        All(language).Where(h => h.Serves.Contains(kind, StringComparer.Ordinal)).ToList();

    /// <summary>The handouts tagged with a topic (e.g. "therapy", "school").</summary>
    public IReadOnlyList<Handout> ForTopic(string language, string topic) =>
        All(language).Where(h => h.Topics.Contains(topic, StringComparer.Ordinal)).ToList();
}
