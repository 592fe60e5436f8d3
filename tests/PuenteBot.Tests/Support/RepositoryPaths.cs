namespace PuenteBot.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly's folder. Nothing outside the repository is read.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The labelled caregiver messages the learned heads train on (the dev, own and probe sets among them).</summary>
    public static string Corpus => Path.Combine(Root, "dialogs", "Recognizers", "Learned", "Corpus");

    /// <summary>Microsoft Recognizers-Text's test specifications (MIT, with their licence), copied into the tests.</summary>
    public static string Specs => Path.Combine(Root, "tests", "PuenteBot.Tests", "Recognizers", "Specs", "recognizers-text");

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
