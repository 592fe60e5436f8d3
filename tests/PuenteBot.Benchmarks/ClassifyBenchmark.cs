using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Benchmarks;

/// <summary>
/// What <c>classify</c> does per line — language, risk, intent and barriers — over the caregiver messages of
/// ../shared/eval and our own set, on one thread. Utterances per second = messages per operation / time per
/// operation. On a shared machine wall-clock time includes waiting for a core, so the cleanup also prints the
/// rate per second of this process's own CPU time.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ClassifyBenchmark
{
    private readonly UtteranceClassifier classifier = new(new LanguageRecognizer(), new IntentRecognizer(), new RiskRecognizer());
    private string[] texts = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = MessageFiles.Find()
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty)
            .ToArray();
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
