namespace PuenteBot.Tests.Support;

/// <summary>Files tests leave for people to look at (screenshots), under TestResults/artifacts at the repository root.</summary>
public static class Artifacts
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "TestResults", "artifacts")).FullName;

    public static string PathFor(string fileName) => Path.Combine(Folder, fileName);
}
