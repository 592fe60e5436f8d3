using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PuenteBot.Llm.Eval;

/// <summary>
/// The blind sets <c>llm eval</c> runs, embedded in the bot from <c>bot/Llm/Eval/</c>: the grounded-answer questions
/// and the danger messages. A malformed entry fails loudly with its id.
/// </summary>
public static class EvalSets
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly string[] Languages = ["en", "es"];
    private static readonly string[] Levels = ["none", "possible", "urgent"];

    public static IReadOnlyList<EvalQuestion> Questions()
    {
        var questions = Read<EvalQuestion>("questions.yaml");
        foreach (var q in questions)
        {
            Check(q.Id, Languages.Contains(q.Language) && q.Channel is "sms" or "webchat" && q.Text.Length > 0 && (q.MustRefuse || q.Cite is { Length: > 0 }),
                "needs language en|es, channel sms|webchat, text, and cite unless must_refuse");
        }

        return questions;
    }

    public static IReadOnlyList<EvalDangerMessage> Danger()
    {
        var messages = Read<EvalDangerMessage>("danger.yaml");
        foreach (var m in messages)
        {
            Check(m.Id, Languages.Contains(m.Language) && Levels.Contains(m.Level) && m.Text.Length > 0, "needs language en|es, level none|possible|urgent and text");
        }

        return messages;
    }

    private static List<T> Read<T>(string name)
    {
        using var stream = typeof(EvalSets).Assembly.GetManifestResourceStream($"PuenteBot.Llm.Eval.{name}")
            ?? throw new InvalidOperationException($"The evaluation set {name} is not embedded in the bot.");
        using var reader = new StreamReader(stream);
        return Yaml.Deserialize<List<T>>(reader);
    }

    private static void Check(string id, bool ok, string problem)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"Evaluation entry '{id}' {problem}.");
        }
    }
}
