namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// Cross-validation folds by writer, never at random: every message of one writer falls in the same fold, so a
/// writer's paraphrases cannot sit on both sides. Writers are dealt, largest first, to the smallest fold so far.
/// </summary>
public static class WriterFolds
{
    public static int[] Assign(IReadOnlyList<CorpusRecord> records, int folds)
    {
        var sizes = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in records.GroupBy(r => r.Writer ?? "").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            foldOf[group.Key] = smallest;
            sizes[smallest] += group.Count();
        }

        return [.. records.Select(r => foldOf[r.Writer ?? ""])];
    }
}
