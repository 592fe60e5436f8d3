using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Benchmarks;

/// <summary>
/// What <c>classify</c> does per line — language, risk, intent and barriers — over the dev and own sets of the
/// corpus, on one thread: the lexicon alone, and the lexicon with the learned heads as the bot reads. Utterances per second = messages per operation / time per
/// operation. On a shared machine wall-clock time includes waiting for a core, so the cleanup also prints the
/// rate per second of this process's own CPU time.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ClassifyBenchmark
{
    private static readonly LearnedRecognizer Learned = new();
    private readonly UtteranceClassifier lexicon = new(new LanguageRecognizer(), new IntentRecognizer(), new RiskRecognizer());
    private readonly UtteranceClassifier classifier = new(new LanguageRecognizer(), new IntentRecognizer(Learned), new RiskRecognizer(), Learned);
    private string[] texts = [];
    private NluInput[] inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = MessageFiles.Find()
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty)
            .ToArray();
        inputs = [.. texts.Select(NluInput.From)];
        Console.WriteLine($"// {texts.Length} messages per operation");
    }

    [GlobalCleanup]
    public void ReportCpuRate()
    {
        const int passes = 20;
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < passes; i++)
        {
            ClassifyAll();
        }

        process.Refresh();
        var seconds = (process.TotalProcessorTime - before).TotalSeconds;
        Console.WriteLine($"// CPU time: {passes * texts.Length} messages in {seconds:F3} s = {passes * texts.Length / seconds:F0} utterances per CPU-second");
    }

    [Benchmark(Baseline = true)]
    public int LexiconOnly()
    {
        var crises = 0;
        foreach (var text in texts)
        {
            crises += lexicon.Classify(text).Intent == Intents.Crisis ? 1 : 0;
        }

        return crises;
    }

    /// <summary>The learned heads alone, each message featurized and scored afresh (no remembered readings).</summary>
    [Benchmark]
    public float ModelAlone()
    {
        var sum = 0f;
        foreach (var input in inputs)
        {
            sum += Learned.Compute(input).Danger;
        }

        return sum;
    }

    /// <summary>
    /// What <c>classify</c> does, with the model's readings remembered as a turn remembers them (after the first
    /// pass every reading is remembered, so this is the lexicon, the decisions and the cache lookup).
    /// </summary>
    [Benchmark]
    public int ClassifyAll()
    {
        var crises = 0;
        foreach (var text in texts)
        {
            crises += classifier.Classify(text).Intent == Intents.Crisis ? 1 : 0;
        }

        return crises;
    }
}
