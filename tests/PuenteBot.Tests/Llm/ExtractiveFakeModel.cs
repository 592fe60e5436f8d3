using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Llm;

/// <summary>
/// A scripted stand-in for a deployment, for <see cref="FakeOpenAiServer.Reply"/>: a grounded question is answered
/// extractively from the passages it was sent (the passage sharing most words of four letters or more with the
/// question, common words aside, its first sentence, citing its handout), or refused when none shares one; a danger message is classified
/// by a few words. <see cref="WrongCite"/> makes it cite a passage of another handout (by title) for a question.
/// </summary>
public sealed partial class ExtractiveFakeModel
{
    private static readonly string[] UrgentWords = ["kill", "gun", "pills", "overdose", "matar", "pistola", "pastillas"];
    private static readonly string[] PossibleWords = ["die", "dead", "hurt", "scared", "morir", "muerte", "miedo", "pega"];

    /// <summary>Words of four letters or more that say nothing of a question's topic.</summary>
    private static readonly HashSet<string> Common =
    [
        "what", "that", "this", "with", "have", "your", "from", "they", "them", "will", "would", "could", "should", "when",
        "does", "just", "like", "know", "want", "need", "about", "there", "their", "then", "some", "been", "were",
        "para", "pero", "como", "esta", "este", "tiene", "quiero", "puedo", "cuando", "donde", "porque", "algo",
        "todo", "tengo", "hace", "estoy", "usted", "solo", "también", "bien", "entonces", "mucho", "nada",
    ];

    /// <summary>Questions (by their exact text) answered from the first passage whose title does not start with the given handout title.</summary>
    public Dictionary<string, string> WrongCite { get; } = new(StringComparer.Ordinal);

    public Task<string> ReplyAsync(FakeOpenAiServer.Call call)
    {
        var data = JsonNode.Parse(call.User)!.AsObject();
        object reply = data["passages"] is JsonArray passages
            ? Answer((string)data["question"]!, passages.Select(p => (Id: (string)p!["id"]!, Title: (string)p["title"]!, Text: (string)p["text"]!)).ToList())
            : Classify((string)data["message"]!);
        return Task.FromResult(JsonSerializer.Serialize(reply, JsonSerializerOptions.Web));
    }

    private object Answer(string question, List<(string Id, string Title, string Text)> passages)
    {
        var words = Words(question);
        var best = passages.Select(p => (Passage: p, Shared: Words(p.Text).Count(words.Contains)))
            .Where(p => p.Shared > 0).OrderByDescending(p => p.Shared).Select(p => p.Passage).ToList();
        if (best.Count == 0)
        {
            return new { supported = false, answer = string.Empty, cite = string.Empty };
        }

        var chosen = WrongCite.TryGetValue(question, out var avoid) ? passages.First(p => !p.Title.StartsWith(avoid, StringComparison.Ordinal)) : best[0];
        return new { supported = true, answer = FirstSentence().Match(chosen.Text).Value.Trim(), cite = chosen.Id };
    }

    private static object Classify(string message)
    {
        var text = message.ToLowerInvariant();
        var level = UrgentWords.Any(text.Contains) ? "urgent" : PossibleWords.Any(text.Contains) ? "possible" : "none";
        return new { level, kind = level == "none" ? null : "suicide", evidence = (string?)null };
    }

    private static HashSet<string> Words(string text) =>
        [.. Letters().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 4 && !Common.Contains(w))];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"^[^.!?]*[.!?]?")]
    private static partial Regex FirstSentence();
}
