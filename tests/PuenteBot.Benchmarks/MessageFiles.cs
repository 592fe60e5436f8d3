namespace PuenteBot.Benchmarks;

/// <summary>The labelled message files (the dev and own sets of the corpus), found from the working directory up to the repository root.</summary>
internal static class MessageFiles
{
    public static IReadOnlyList<string> Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PuenteBot.sln")))
            {
                var corpus = Path.Combine(dir.FullName, "dialogs", "Recognizers", "Learned", "Corpus");
                return [Path.Combine(corpus, "dev.jsonl"), Path.Combine(corpus, "own.jsonl")];
            }
        }

        throw new InvalidOperationException("PuenteBot.sln not found above " + Directory.GetCurrentDirectory());
    }
}
