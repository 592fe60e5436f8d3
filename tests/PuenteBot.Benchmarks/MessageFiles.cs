namespace PuenteBot.Benchmarks;

/// <summary>The labelled message files, found from the working directory up to the repository root.</summary>
internal static class MessageFiles
{
    public static IReadOnlyList<string> Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PuenteBot.sln")))
            {
                return
                [
                    Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "utterances.dev.jsonl")),
                    Path.Combine(dir.FullName, "tests", "PuenteBot.Tests", "Recognizers", "utterances.own.jsonl"),
                ];
            }
        }

        throw new InvalidOperationException("PuenteBot.sln not found above " + Directory.GetCurrentDirectory());
    }
}
