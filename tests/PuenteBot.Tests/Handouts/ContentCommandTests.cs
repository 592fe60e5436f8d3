using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Cli;
using PuenteBot.Content.Handouts;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Handouts;

public sealed class ContentCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("puentebot-content-");

    [Fact]
    public void Content_check_passes_on_the_shipped_content_and_reports_every_slug()
    {
        var (exit, output) = Run("check");
        Assert.Equal(0, exit);
        Assert.Contains("Content check passed", output);
        foreach (var handout in HandoutLibrary.Embedded.All("en"))
        {
            Assert.Matches($"(?m)^{handout.Slug} +-?\\d+\\.\\d +\\d+\\.\\d +[12] +[12]$", output);
        }
    }

    [Fact]
    public async Task The_bot_runs_content_check_as_a_terminal_command()
    {
        var command = CliCommands.Find(["content", "check"]);
        Assert.NotNull(command);
        using var services = new ServiceCollection().BuildServiceProvider();
        Assert.Equal(0, await command(services, ["check"], TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Content_check_of_a_broken_folder_exits_1_with_the_problems()
    {
        CopyContent();
        File.Delete(Path.Combine(folder.FullName, "handouts", "es", "free-interpreter.md"));
        var (exit, output) = Run("check", "--folder", folder.FullName);
        Assert.Equal(1, exit);
        Assert.Contains("es/free-interpreter: missing (the en handout exists)", output);
        Assert.Contains("es/working-with-your-care-team: link to 'free-interpreter', which is no es handout", output);
    }

    [Fact]
    public void Content_check_of_the_copied_folder_passes()
    {
        CopyContent();
        Assert.Equal(0, Run("check", "--folder", folder.FullName).Exit);
    }

    [Theory]
    [InlineData]
    [InlineData("lint")]
    [InlineData("check", "--folder", "/no/such/folder")]
    public void Wrong_usage_exits_2(params string[] args) => Assert.Equal(2, Run(args).Exit);

    public void Dispose() => folder.Delete(recursive: true);

    private static (int Exit, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ContentCommand.Run(args, output, error);
        return (exit, output.ToString() + error);
    }

    private void CopyContent()
    {
        var source = Path.Combine(RepositoryPaths.Root, "content");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "handouts"), "*.md", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(source, "Resources"), "*.resx")))
        {
            var target = Path.Combine(folder.FullName, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
