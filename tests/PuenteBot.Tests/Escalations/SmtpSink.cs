using System.Diagnostics;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// A real SMTP server on loopback: Debian's python3-aiosmtpd running smtp_sink.py, which writes each message it
/// receives as a file. Skips the test (fails under PUENTEBOT_REQUIRE_ALL=1) when aiosmtpd is missing.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process process;
    private readonly TempFolder folder;

    private SmtpSink(Process process, TempFolder folder, int port)
    {
        this.process = process;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string Folder => folder.Path;

    public static async Task<SmtpSink> StartAsync()
    {
        var python = FindPython();
        Requirements.SkipUnless(python is not null, "Debian's python3-aiosmtpd (apt-get install -y python3-aiosmtpd)");
        var port = EscalationReceiver.FreePort();
        var sinkFolder = new TempFolder();
        var start = new ProcessStartInfo(python!) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "tests", "PuenteBot.Tests", "Escalations", "smtp_sink.py"));
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(sinkFolder.Path);
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var ready = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
        if (ready != "ready")
        {
            Assert.Fail("smtp_sink.py did not start: " + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        }
        return new SmtpSink(process, sinkFolder, port);
    }

    /// <summary>The messages received so far, as raw RFC 5322 text.</summary>
    public IReadOnlyList<string> Messages() =>
        [.. Directory.EnumerateFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
        process.Dispose();
        folder.Dispose();
    }

    /// <summary>A python3 that can import aiosmtpd: Debian's first, then the one on PATH.</summary>
    private static string? FindPython()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", Requirements.FindOnPath("python3") }.OfType<string>().Distinct())
        {
            if (File.Exists(candidate) && Imports(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Imports(string python)
    {
        using var check = Process.Start(new ProcessStartInfo(python, ["-c", "import aiosmtpd"]) { RedirectStandardError = true });
        check!.WaitForExit();
        return check.ExitCode == 0;
    }
}
