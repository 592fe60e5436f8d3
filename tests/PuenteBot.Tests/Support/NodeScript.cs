using System.Diagnostics;

namespace PuenteBot.Tests.Support;

/// <summary>
/// Runs a script of tests/node with Node.js and the real npm packages installed there (`npm ci` in
/// tests/node, which .ci/run does). Without Node or the packages the test skips, or fails under
/// PUENTEBOT_REQUIRE_ALL=1.
/// </summary>
public static class NodeScript
{
    public sealed record Output(int ExitCode, string StandardOutput, string StandardError);

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "node");

    /// <summary>Skips (or fails) unless node and the packages of tests/node are installed.</summary>
    public static void RequireInstalled()
    {
        Requirements.Tool("node");
        Requirements.SkipUnless(
            Directory.Exists(Path.Combine(Folder, "node_modules")),
            "the npm packages of tests/node (run: npm ci --prefix tests/node)");
    }

    public static async Task<Output> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        RequireInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish: {await stderr}");
        }

        return new Output(process.ExitCode, await stdout, await stderr);
    }
}
