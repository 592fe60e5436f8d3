using System.Text.Encodings.Web;
using System.Text.Json;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Cli;

/// <summary>
/// <c>dotnet run --project bot -- classify</c>: JSON Lines <c>{"id","text"}</c> on stdin, one line
/// <c>{"id","language","intent","barriers":[…],"risk","risk_kind","confidence","source","question","risk_score"}</c> per input on
/// stdout (<c>source</c>: which layer decided — lexicon, model or both). A line that is not such an object
/// gets <c>{"id":…,"error":"…"}</c> in its place and a message on stderr; the exit code is then 1.
/// </summary>
public static class ClassifyCommand
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken) =>
        RunAsync(services.GetRequiredService<UtteranceClassifier>(), Console.In, Console.Out, Console.Error, cancellationToken);

    internal static async Task<int> RunAsync(UtteranceClassifier classifier, TextReader input, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var failed = false;
        var number = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (id, text, problem) = Parse(line);
            if (problem is not null)
            {
                failed = true;
                await errors.WriteLineAsync($"classify: line {number}: {problem}");
                await output.WriteLineAsync(Write(w => { w.WriteString("id", id); w.WriteString("error", problem); }));
                continue;
            }

            var result = classifier.Classify(text);
            await output.WriteLineAsync(Write(w =>
            {
                w.WriteString("id", id);
                w.WriteString("language", result.Language);
                w.WriteString("intent", result.Intent);
                w.WriteStartArray("barriers");
                result.Barriers.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteString("risk", result.Risk.ToString().ToLowerInvariant());
                w.WriteString("risk_kind", result.Assessment.Category);
                w.WriteNumber("confidence", Math.Round(result.Confidence, 3));
                w.WriteString("source", result.Source);
                w.WriteBoolean("question", result.Question);
                if (result.Assessment.ModelScore is { } score)
                {
                    w.WriteNumber("risk_score", Math.Round(score, 3));
                }
            }));
        }

        await output.FlushAsync(cancellationToken);
        return failed ? 1 : 0;
    }

    /// <summary>The id and text of a line, or what is wrong with it (never the text itself).</summary>
    private static (string? Id, string? Text, string? Problem) Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, "expected a JSON object {\"id\",\"text\"}");
            }

            var id = root.TryGetProperty("id", out var idValue) ? idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : idValue.GetRawText() : null;
            return root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                ? (id, text.GetString(), null)
                : (id, null, "missing string field \"text\"");
        }
        catch (JsonException e)
        {
            return (null, null, "not valid JSON (" + e.Message.Split('.')[0] + ")");
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
