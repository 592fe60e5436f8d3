using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Cli;

/// <summary>The terminal chat as a caregiver or a script uses it: a separate process reading piped lines.</summary>
public class ChatCommandTests
{
    private static Dictionary<string, string> On(TempFolder folder) => new()
    {
        ["Storage__ConnectionString"] = folder.ConnectionString,
        ["DOTNET_ENVIRONMENT"] = "Production",
    };

    [Theory]
    [InlineData("hola\nsi\n", "Hola, soy PuenteBot", "1. Llegar a la próxima cita")]
    [InlineData("hi\nyes\n", "Hi, I'm PuenteBot", "1. Getting to the next visit")]
    public async Task Answers_in_the_language_of_the_first_message(string input, string greeting, string firstOption)
    {
        using var folder = new TempFolder();

        var output = await BotProcess.RunAsync(["chat"], input, On(folder));

        Assert.Equal(0, output.ExitCode);
        Assert.StartsWith(greeting, output.StandardOutput);
        Assert.Contains(firstOption, output.StandardOutput);
        Assert.DoesNotContain("hola", output.StandardError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_conversation_started_in_one_process_continues_in_another_on_the_same_file()
    {
        using var folder = new TempFolder();
        string[] args = ["chat", "--conversation", "family-42"];

        var first = await BotProcess.RunAsync(args, "hola\nsi\n", On(folder));
        var second = await BotProcess.RunAsync(args, "ayuda\n", On(folder));

        Assert.Contains("¿De qué le gustaría hablar?", first.StandardOutput);
        Assert.StartsWith("Soy PuenteBot.", second.StandardOutput);
        Assert.Contains("¿De qué le gustaría hablar?", second.StandardOutput);
        Assert.DoesNotContain("¿Le parece bien que sigamos?", second.StandardOutput);
    }

    [Fact]
    public async Task Lang_option_greets_before_the_first_line()
    {
        using var folder = new TempFolder();

        var output = await BotProcess.RunAsync(["chat", "--lang", "es"], string.Empty, On(folder));

        Assert.StartsWith("Hola, soy PuenteBot", output.StandardOutput);
    }

    [Fact]
    public async Task A_wrong_option_prints_usage_and_exits_2()
    {
        using var folder = new TempFolder();

        var output = await BotProcess.RunAsync(["chat", "--lang", "fr"], string.Empty, On(folder));

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("usage: chat [--lang en|es]", output.StandardError);
    }
}
