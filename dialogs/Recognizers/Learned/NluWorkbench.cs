using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PuenteBot.Dialogs.Recognizers.Entities;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// What <c>nlu train</c> and <c>nlu eval</c> do: cross-validate by writer, choose the thresholds, train on the whole
/// corpus and write the model; print the tables of docs/recognizers.md.
/// </summary>
public sealed class NluWorkbench(TextWriter output, NluTrainingOptions? options = null)
{
    public const int Folds = 5;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly NluTrainingOptions settings = options ?? new NluTrainingOptions();

    /// <summary>Trains on every file of <paramref name="corpusFolder"/> and writes nlu.zip and nlu.json to <paramref name="modelFolder"/>.</summary>
    public NluModelInfo Train(string corpusFolder, string modelFolder)
    {
        var records = Corpus.LoadFolder(corpusFolder);
        var (evaluation, outputs, thresholds, kinds, intents) = CrossValidate(records);
        var trained = new NluTrainer(settings).Train(records);
        var info = trained.Info(thresholds, records.Count, records.Select(r => r.Writer).Distinct().Count(), Hash(records));
        Directory.CreateDirectory(modelFolder);
        using (var model = File.Create(Path.Combine(modelFolder, "nlu.zip")))
        {
            trained.Save(model);
        }

        File.WriteAllText(Path.Combine(modelFolder, "nlu.json"), JsonSerializer.Serialize(info, Indented) + "\n");
        output.WriteLine($"Trained on {records.Count} messages from {info.Writers} writers; thresholds danger {thresholds.Danger:F2}, urgent {thresholds.Urgent:F2}, barrier {thresholds.Barrier:F2}.");
        WriteCrossValidation(evaluation, outputs, NluThresholdSearch.Info(thresholds, kinds, intents));
        return info;
    }

    /// <summary>The corpus counts and the writer-grouped cross-validation table.</summary>
    public void EvaluateCorpus(string corpusFolder)
    {
        var records = Corpus.LoadFolder(corpusFolder);
        WriteCounts(records);
        var (evaluation, outputs, thresholds, kinds, intents) = CrossValidate(records);
        WriteCrossValidation(evaluation, outputs, NluThresholdSearch.Info(thresholds, kinds, intents));
        WriteEntities(records);
    }

    /// <summary>Each entity's precision, recall and F1 over the messages whose writers labelled entities.</summary>
    public IReadOnlyList<EntityMetrics> WriteEntities(IReadOnlyList<CorpusRecord> records)
    {
        var rows = EntityMetrics.Measure(records, new EntityRecognizer());
        output.WriteLine("Entities (reviewed patterns; each writer's batch is held out from them):");
        output.WriteLine(EntityMetrics.TableHeader);
        foreach (var row in rows)
        {
            output.WriteLine(row.TableRow());
        }

        return rows;
    }

    /// <summary>One labelled set scored with the shipped model, lexicon alone and both together.</summary>
    public NluMetrics EvaluateSet(string path, LearnedRecognizer model)
    {
        var records = Corpus.Deduplicate(Corpus.LoadFile(path));
        var evaluation = new NluEvaluation(records);
        var outputs = records.Select(r => model.Predict(r.Text)).ToList();
        var name = Path.GetFileNameWithoutExtension(path);
        var combined = evaluation.Combined(outputs, model.Info);
        output.WriteLine(NluMetrics.TableHeader);
        output.WriteLine(evaluation.Lexicon().TableRow(name + ", lexicon alone"));
        output.WriteLine(evaluation.ModelOnly(outputs, model.Info).TableRow(name + ", model alone"));
        output.WriteLine(combined.TableRow(name + ", lexicon + model"));
        return combined;
    }

    private (NluEvaluation, NluOutput[], NluThresholds, IReadOnlyList<string>, IReadOnlyList<string>) CrossValidate(IReadOnlyList<CorpusRecord> records)
    {
        var outputs = NluCrossValidation.OutOfFold(records, Folds, settings);
        var kinds = RiskCategories.All.Where(k => records.Any(r => r.RiskKind == k)).Order(StringComparer.Ordinal).ToList();
        var intents = records.Where(r => !r.InDanger).Select(r => r.Intent).Distinct().Order(StringComparer.Ordinal).ToList();
        var evaluation = new NluEvaluation(records);
        var thresholds = NluThresholdSearch.Choose(evaluation, outputs, kinds, intents);
        return (evaluation, outputs, thresholds, kinds, intents);
    }

    private void WriteCrossValidation(NluEvaluation evaluation, NluOutput[] outputs, NluModelInfo info)
    {
        output.WriteLine($"Writer-grouped cross-validation, {Folds} folds:");
        output.WriteLine(NluMetrics.TableHeader);
        output.WriteLine(evaluation.Lexicon().TableRow("lexicon alone"));
        output.WriteLine(evaluation.ModelOnly(outputs, info).TableRow("model alone"));
        output.WriteLine(evaluation.Combined(outputs, info).TableRow("lexicon + model"));
    }

    private void WriteCounts(IReadOnlyList<CorpusRecord> records)
    {
        void Line(string title, IEnumerable<string> values) =>
            output.WriteLine(title + ": " + string.Join(", ", values.GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));

        output.WriteLine($"Corpus: {records.Count} messages after near-duplicates are removed.");
        Line("language", records.Select(r => r.Language));
        Line("writer", records.Select(r => r.Writer ?? "?"));
        Line("intent", records.Select(r => r.Intent));
        Line("risk", records.Select(r => r.Risk));
        Line("risk kind", records.Where(r => r.InDanger).Select(r => r.RiskKind ?? "(unlabelled)"));
        Line("barrier", records.SelectMany(r => r.Barriers));
    }

    private static string Hash(IReadOnlyList<CorpusRecord> records) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', records.Select(r => r.Id + "\t" + r.Text)))))[..16];
}
