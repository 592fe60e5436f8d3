using System.Text.Json;
using PuenteBot.Cli;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Tests.Recognizers.Learned;

namespace PuenteBot.Tests.Recognizers;

/// <summary>The classify command in-process: JSON Lines in, one JSON line out per input, bad lines reported without a stack trace.</summary>
public sealed class ClassifyCommandTests
{
    private static readonly UtteranceClassifier Classifier = new(new LanguageRecognizer(), new IntentRecognizer(), new RiskRecognizer(), ShippedModel.Instance);

    [Fact]
    public async Task Writes_one_json_line_per_message_with_the_labels()
    {
        var input = new StringReader("""
            {"id":"a","text":"no tengo carro y el camion no pasa"}
            {"id":"b","text":"my son said he wants to kill himself"}
            {"id":"c","text":"hi there"}
            """);
        var (output, errors) = (new StringWriter(), new StringWriter());

        var code = await ClassifyCommand.RunAsync(Classifier, input, output, errors, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, errors.ToString());
        Assert.Equal(["a", "b", "c"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["id", "language", "intent", "barriers", "risk", "risk_kind", "confidence", "source", "question", "risk_score"], lines[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("risk_kind").ValueKind);
        Assert.Equal("suicide", lines[1].GetProperty("risk_kind").GetString());
        Assert.All(lines, l => Assert.InRange(l.GetProperty("confidence").GetDouble(), 0.0, 1.0));
        Assert.All(lines, l => Assert.Contains(l.GetProperty("source").GetString(), new[] { "lexicon", "model", "both" }));
        Assert.Equal(("es", "barrier", "transport"), (lines[0].GetProperty("language").GetString(), lines[0].GetProperty("intent").GetString(), lines[0].GetProperty("barriers")[0].GetString()));
        Assert.Equal(("crisis", "urgent"), (lines[1].GetProperty("intent").GetString(), lines[1].GetProperty("risk").GetString()));
        Assert.Equal(("greeting", "none"), (lines[2].GetProperty("intent").GetString(), lines[2].GetProperty("risk").GetString()));
    }

    [Fact]
    public async Task Reports_bad_lines_clearly_and_keeps_going()
    {
        var input = new StringReader("not json\n{\"id\":\"x\"}\n{\"id\":\"y\",\"text\":\"gracias\"}\n");
        var (output, errors) = (new StringWriter(), new StringWriter());

        var code = await ClassifyCommand.RunAsync(Classifier, input, output, errors, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(1, code);
        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].TryGetProperty("error", out _));
        Assert.Equal("x", lines[1].GetProperty("id").GetString());
        Assert.Contains("text", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("thanks_goodbye", lines[2].GetProperty("intent").GetString());
        Assert.Contains("line 1", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
    }
}
