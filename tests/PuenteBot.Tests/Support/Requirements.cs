namespace PuenteBot.Tests.Support;

/// <summary>
/// Tests that need an outside tool (Chromium, Node, PostgreSQL, an SMTP server) skip with a message naming it,
/// unless PUENTEBOT_REQUIRE_ALL=1 (CI), which turns the skip into a failure.
/// </summary>
public static class Requirements
{
    public static bool RequireAll => Environment.GetEnvironmentVariable("PUENTEBOT_REQUIRE_ALL") == "1";

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Skips the test (or fails it under PUENTEBOT_REQUIRE_ALL=1) when <paramref name="available"/> is false.</summary>
    public static void SkipUnless(bool available, string missing)
    {
        if (available)
        {
            return;
        }

        var message = $"Needs {missing}.";
        if (RequireAll)
        {
            Assert.Fail(message + " PUENTEBOT_REQUIRE_ALL=1 forbids skipping.");
        }

        Assert.Skip(message);
    }

    /// <summary>Returns the path of <paramref name="tool"/> on PATH, or skips/fails the test saying it is missing.</summary>
    public static string Tool(string tool)
    {
        var found = FindOnPath(tool);
        SkipUnless(found is not null, $"'{tool}' on PATH");
        return found!;
    }
}
