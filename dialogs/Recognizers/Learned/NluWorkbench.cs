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
        info = info with
        {
            CrossValidated = evaluation.Combined(outputs, info),
            TrainingFit = Fit(evaluation, trained, info),
        };
        Directory.CreateDirectory(modelFolder);
        using (var model = File.Create(Path.Combine(modelFolder, "nlu.zip")))
        {
            trained.Save(model);
        }

        File.WriteAllText(Path.Combine(modelFolder, "nlu.json"), JsonSerializer.Serialize(info, Indented) + "\n");
        output.WriteLine($"Trained on {records.Count} messages from {info.Writers} writers; thresholds danger {thresholds.Danger:F2} (lexicon veto below {thresholds.Veto:F2}), urgent {thresholds.Urgent:F2}, intent override {thresholds.Override:F2}, barrier {thresholds.Barrier:F2}.");
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

    /// <summary>
    /// The out-of-fold outputs of every head and the lexicon's reading of every message, one JSON line each, for
    /// trying decision rules and settings away from the trainer (<c>nlu dump</c>).
    /// </summary>
    public void Dump(string corpusFolder, string path)
    {
        var records = Corpus.LoadFolder(corpusFolder);
        var (evaluation, outputs, thresholds, kinds, intents) = CrossValidate(records);
        using var file = File.CreateText(path);
        file.WriteLine(JsonSerializer.Serialize(new { kinds, intents, barriers = Barriers.All, thresholds, settings }));
        for (var i = 0; i < records.Count; i++)
        {
            var lexicon = evaluation.Classify(i, null);
            file.WriteLine(JsonSerializer.Serialize(new
            {
                id = records[i].Id,
                lexicon = new { risk = lexicon.Risk.ToString(), kind = lexicon.Assessment.Category, intent = lexicon.Intent, barriers = lexicon.Barriers, language = lexicon.Language },
                model = outputs[i],
            }));
        }
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
        foreach (var language in new[] { Languages.English, Languages.Spanish })
        {
            var pairs = records.Select((r, i) => (Gold: r, Index: i)).Where(p => p.Gold.Language == language).ToList();
            if (pairs.Count > 0)
            {
                var metrics = NluMetrics.Measure([.. pairs.Select(p => (p.Gold, evaluation.Classify(p.Index, LearnedRecognizer.Decide(outputs[p.Index], model.Info, evaluation.WordsOf(p.Index)))))]);
                output.WriteLine(metrics.TableRow($"{name} ({language}), lexicon + model"));
            }
        }

        return combined;
    }

    public (NluEvaluation, NluOutput[], NluThresholds, IReadOnlyList<string>, IReadOnlyList<string>) CrossValidate(IReadOnlyList<CorpusRecord> records)
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

    /// <summary>Lexicon and the trained model together, on the messages it was trained on.</summary>
    public static NluMetrics Fit(NluEvaluation evaluation, TrainedNlu trained, NluModelInfo info)
    {
        var model = new LearnedRecognizer(trained.Context, trained.Model, info);
        return evaluation.Combined([.. evaluation.Records.Select(r => model.Predict(r.Text))], info);
    }

    /// <summary>A short fingerprint of the corpus (ids and texts, in load order): the shipped model says which corpus it was trained on.</summary>
    public static string Hash(IReadOnlyList<CorpusRecord> records) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', records.Select(r => r.Id + "\t" + r.Text)))))[..16];
}
