using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Cli;

/// <summary>
/// <c>nlu train</c> trains the learned heads from the corpus and writes the model the bot ships;
/// <c>nlu eval [FILE…]</c> prints the corpus counts, the writer-grouped cross-validation table and, for each labelled
/// file given, its figures with the shipped model. Run inside the repository.
/// </summary>
public static class NluCommand
{
    private static string Learned => Path.Combine(RepositoryRoot(), "dialogs", "Recognizers", "Learned");

    public static Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var workbench = new NluWorkbench(Console.Out);
        var corpus = Path.Combine(Learned, "Corpus");
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"nlu: {corpus} not found; run inside the repository.");
            return Task.FromResult(2);
        }

        switch (args.ElementAtOrDefault(0))
        {
            case "train":
                workbench.Train(corpus, Path.Combine(Learned, "Model"));
                return Task.FromResult(0);
            case "eval":
                workbench.EvaluateCorpus(corpus);
                var model = services.GetRequiredService<LearnedRecognizer>();
                foreach (var file in args.Skip(1))
                {
                    workbench.EvaluateSet(file, model);
                }

                return Task.FromResult(0);
            default:
                Console.Error.WriteLine("usage: nlu train | nlu eval [labelled.jsonl …]");
                return Task.FromResult(2);
        }
    }

    /// <summary>The folder holding PuenteBot.sln above the current folder (where <c>dotnet run</c> is started), or the current folder.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PuenteBot.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
