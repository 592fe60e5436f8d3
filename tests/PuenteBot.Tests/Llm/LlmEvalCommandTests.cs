using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Cli;
using PuenteBot.Content.Handouts;
using PuenteBot.Llm.Eval;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Llm;

/// <summary>
/// <c>llm eval</c> end to end against a local OpenAI-compatible server scripted by <see cref="ExtractiveFakeModel"/>:
/// the embedded sets, the grounded answerer, the risk check and the second opinion run, and the table counts them.
/// </summary>
public sealed class LlmEvalCommandTests
{
    /// <summary>Where the table this test produced is kept for the issue's closing note (when that folder exists).</summary>
    private const string NotesFile = "/work/notes/llm-eval-fake.md";

    [Fact]
    public async Task Runs_both_sets_against_the_deployment_and_counts_them_by_language()
    {
        var wrong = EvalSets.Questions().First(q => q.Id == "b19a-q-en-01");
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var bot = Bot(server.Settings);
        var title = bot.Services.GetRequiredService<HandoutLibrary>().Find(wrong.Language, wrong.Cite!)!.Title;
        server.Reply = new ExtractiveFakeModel { WrongCite = { [wrong.Text] = title } }.ReplyAsync;
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await LlmCommand.RunAsync(bot.Services, ["eval"], output, errors, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors.ToString());
        var table = output.ToString();
        SaveForNotes(table);
        Assert.Equal(80, server.Calls.Count(call => call.User.Contains("\"message\"", StringComparison.Ordinal)));
        Assert.InRange(server.Calls.Count(call => call.User.Contains("\"passages\"", StringComparison.Ordinal)), 40, 60);
        Assert.Equal(["30", "30", "60"], Column(Rows(table, "questions"), 1));
        Assert.Equal(["40", "40", "80"], Column(Rows(table, "danger"), 1));
        var danger = Rows(table, "danger");
        Assert.Equal(["26", "26", "52"], Column(danger, 2));
        Assert.Equal("24", Column(danger, 6)[2]);
        Assert.All(Enumerable.Range(1, 12), column => Assert.Equal(Number(danger[2], column), Number(danger[0], column) + Number(danger[1], column)));
        Assert.All(danger, row => Assert.True(Number(row, 5) <= Number(row, 4) && Number(row, 4) <= Number(row, 3) && Number(row, 10) >= Number(row, 9), "the second opinion only raises"));
        Assert.All(danger, row => Assert.True(Number(row, 12) <= Number(row, 11), "raised only in the uncertain band"));
        Assert.Matches($@"(?m)^- {wrong.Id} \(en, sms\): .*cited [a-z-]+, not {wrong.Cite}", table);
    }

    [Fact]
    public async Task Without_a_deployment_the_command_says_what_is_missing_and_exits_2()
    {
        using var folder = new TempFolder();

        var output = await BotProcess.RunAsync(["llm", "eval"], string.Empty, new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = folder.ConnectionString,
            ["DOTNET_ENVIRONMENT"] = "Production",
        });

        Assert.Equal(2, output.ExitCode);
        Assert.Equal(LlmCommand.NotConfigured, output.StandardError.Trim());
        Assert.Equal(string.Empty, output.StandardOutput);
    }

    [Fact]
    public void The_sets_hold_both_writers_both_languages_and_unique_ids()
    {
        var questions = EvalSets.Questions();
        var danger = EvalSets.Danger();

        Assert.Equal(60, questions.Count);
        Assert.Equal(80, danger.Count);
        Assert.Equal(140, questions.Select(q => q.Id).Concat(danger.Select(d => d.Id)).Distinct().Count());
        Assert.All(questions, q => Assert.StartsWith(q.Writer + "-", q.Id));
        Assert.All(danger, d => Assert.StartsWith(d.Writer + "-", d.Id));
        Assert.Equal(["b19a", "b19b"], questions.Select(q => q.Writer).Distinct().Order());
        Assert.Equal(30, questions.Count(q => q.Language == "es"));
        Assert.Equal(40, danger.Count(d => d.Language == "es"));
        Assert.All(questions.Where(q => q.MustRefuse), q => Assert.Empty(q.MustContain));
    }

    /// <summary>The cells of the three rows (en, es, all) of the table whose header starts with <paramref name="header"/>.</summary>
    private static List<string[]> Rows(string table, string header) =>
        [.. table.Split('\n').SkipWhile(line => !line.StartsWith($"| {header} |", StringComparison.Ordinal)).Skip(2).Take(3)
            .Select(line => line.Trim().Trim('|').Split('|', StringSplitOptions.TrimEntries)[1..])];

    /// <summary>Column <paramref name="column"/> after the row's label (1 = n) of each row.</summary>
    private static string[] Column(List<string[]> rows, int column) => [.. rows.Select(row => row[column - 1])];

    private static int Number(string[] row, int column) => int.Parse(row[column - 1], System.Globalization.CultureInfo.InvariantCulture);

    private static void SaveForNotes(string table)
    {
        if (Directory.Exists(Path.GetDirectoryName(NotesFile)))
        {
            File.WriteAllText(NotesFile, "# `llm eval` against the scripted fake (tests/PuenteBot.Tests/Llm/LlmEvalCommandTests.cs)\n\n" + table);
        }
    }

    private static BotServices Bot(IReadOnlyDictionary<string, string?> settings) =>
        new($"Data Source={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))}.db", settings: settings);
}
