using System.Text.Json;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// Labelled messages read from JSON Lines files. Near-duplicates (the same words once normalized) keep their first
/// occurrence, so a paraphrase cannot sit on both sides of a fold.
/// </summary>
public static class Corpus
{
    /// <summary>Every <c>*.jsonl</c> file of a folder, in name order.</summary>
    public static IReadOnlyList<CorpusRecord> LoadFolder(string folder) =>
        Deduplicate(Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(LoadFile));

    public static IEnumerable<CorpusRecord> LoadFile(string path)
    {
        var writer = Path.GetFileNameWithoutExtension(path);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var record = JsonSerializer.Deserialize<CorpusRecord>(line)
                ?? throw new InvalidDataException($"{path}:{number}: not a record");
            yield return record.Writer is null ? record with { Writer = writer } : record;
        }
    }

    public static IReadOnlyList<CorpusRecord> Deduplicate(IEnumerable<CorpusRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return records.Where(r => seen.Add(NluInput.Of(r.Text))).ToList();
    }
}
