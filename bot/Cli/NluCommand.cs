using PuenteBot.Dialogs.Recognizers.Entities;
using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Cli;

/// <summary>
/// <c>nlu train</c> trains the learned heads from the corpus and writes the model the bot ships;
/// <c>nlu eval</c> prints the corpus counts, the writer-grouped cross-validation table and the entity table;
/// <c>nlu eval FILE…</c> scores each labelled file with the shipped model, by language too. Run inside the repository.
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
                if (args.Length == 1)
                {
                    workbench.EvaluateCorpus(corpus);
                }

                var model = services.GetRequiredService<LearnedRecognizer>();
                foreach (var file in args.Skip(1))
                {
                    workbench.EvaluateSet(file, model);
                }

                return Task.FromResult(0);
            case "dump":
                new NluWorkbench(Console.Out, Settings(args.Skip(2).ToArray())).Dump(corpus, args.ElementAtOrDefault(1) ?? "nlu-dump.jsonl");
                return Task.FromResult(0);
            case "entities":
                EntityErrors(corpus, args.Skip(1).ToHashSet(StringComparer.Ordinal));
                return Task.FromResult(0);
            default:
                Console.Error.WriteLine("usage: nlu train | nlu eval [labelled.jsonl …] | nlu entities [writer …]");
                return Task.FromResult(2);
        }
    }

    /// <summary>Training settings from <c>--l2 0.02 --l1 0 --word 2 --char 5</c> (the shipped defaults otherwise).</summary>
    private static NluTrainingOptions Settings(string[] args)
    {
        var settings = new NluTrainingOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            settings = args[i] switch
            {
                "--l2" => settings with { L2 = float.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--l1" => settings with { L1 = float.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--word" => settings with { WordNgrams = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--char" => settings with { CharNgrams = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                _ => settings,
            };
        }

        return settings;
    }

    /// <summary>The entity table over the corpus (or the writers named) and every message where the patterns and the label differ, for review.</summary>
    private static void EntityErrors(string corpus, IReadOnlySet<string> writers)
    {
        var records = Corpus.LoadFolder(corpus).Where(r => writers.Count == 0 || writers.Contains(r.Writer ?? "")).ToList();
        new NluWorkbench(Console.Out).WriteEntities(records);
        var recognizer = new EntityRecognizer();
        foreach (var record in EntityMetrics.OfLabellingWriters(records))
        {
            var got = EntityMetrics.Describe(recognizer.Recognize(record.Text, record.Language, new DateTime(2026, 12, 2, 9, 0, 0)));
            var gold = EntityMetrics.Describe(record.Entities!);
            if (got != gold)
            {
                Console.WriteLine($"{record.Id}\tlabel {gold}\tfound {got}\t{record.Text}");
            }
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
