using PuenteBot.Content.Checking;

namespace PuenteBot.Cli;

/// <summary>
/// <c>content check [--folder DIR]</c>: checks the content shipped in the bot (or the content folder DIR) and prints
/// a report; exit 0 when it passes, 1 on any problem, 2 on wrong usage.
/// </summary>
public static class ContentCommand
{
    public static Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken) =>
        Task.FromResult(Run(args, Console.Out, Console.Error));

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var content = args switch
        {
            ["check"] => ContentSet.Embedded(),
            ["check", "--folder", var folder] when Directory.Exists(Path.Combine(folder, "handouts")) => ContentSet.FromFolder(folder),
            _ => null,
        };
        if (content is null)
        {
            error.WriteLine("usage: content check [--folder CONTENT_FOLDER] (a folder holding handouts/ and Resources/)");
            return 2;
        }

        var report = ContentChecker.Check(content);
        report.WriteTo(output);
        SmsSegmentChecks.Of(content.Strings).WriteTo(output);
        return report.Passed ? 0 : 1;
    }
}
