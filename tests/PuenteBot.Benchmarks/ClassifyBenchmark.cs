using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Benchmarks;

/// <summary>
/// What <c>classify</c> does per line — language, risk, intent and barriers — over the caregiver messages of
/// ../shared/eval and our own set, one core. Utterances per second = messages per operation / mean time.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
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
