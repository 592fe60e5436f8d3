using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Deployment;

/// <summary>
/// The Bicep CLI from the <c>Azure.Bicep.CommandLine.linux-x64</c> package the test project restores (its path comes
/// in through the assembly's <c>BicepPath</c> metadata). On another platform, or when restore did not bring it, the
/// test skips, or fails under PUENTEBOT_REQUIRE_ALL=1.
/// </summary>
public static class BicepCli
{
    public sealed record Output(int ExitCode, string StandardOutput, string StandardError);

    public static string Folder => Path.Combine(RepositoryPaths.Root, "deploymentTemplates");

    public static string? ExecutablePath { get; } = typeof(BicepCli).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "BicepPath")?.Value;

    /// <summary>Runs <c>bicep</c> with <paramref name="arguments"/> in deploymentTemplates/.</summary>
    public static async Task<Output> RunAsync(params string[] arguments)
    {
        Requirements.SkipUnless(
            RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.OSArchitecture == Architecture.X64
                && File.Exists(ExecutablePath),
            $"the Bicep CLI of the Azure.Bicep.CommandLine.linux-x64 package on linux-x64 (looked at '{ExecutablePath}')");
        var start = new ProcessStartInfo(ExecutablePath!)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish: {await stderr}");
        }

        return new Output(process.ExitCode, await stdout, await stderr);
    }
}
