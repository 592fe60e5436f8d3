namespace PuenteBot.Tests.Support;

/// <summary>Paths in the repository and in ../shared, found from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the repository (specs, eval data, bench).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PuenteBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PuenteBot.sln not found above " + AppContext.BaseDirectory);
    }
}
