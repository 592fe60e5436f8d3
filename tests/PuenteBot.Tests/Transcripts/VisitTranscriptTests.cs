namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// The visit conversations' scenarios (Scenarios/visits: reminders, the missed-visit message, follow-ups, reminders
/// asked for or stopped in chat), each begun as the outreach worker begins it, with the answers recorded checked.
/// </summary>
public class VisitTranscriptTests
{
    /// <summary>The scenarios' folder under Scenarios; <see cref="TranscriptTests"/> runs all the others.</summary>
    public const string Folder = "visits";

    public static TheoryData<string, string> Scenarios => TranscriptFiles.All(under: Folder);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario(string file, string language) =>
        TranscriptRunner.RunAsync(TranscriptFiles.Read(file, language), file, language);
}
