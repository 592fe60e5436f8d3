namespace PuenteBot.Tests.Transcripts;

/// <summary>Runs every scenario file (each language of a two-language one) through the real turn pipeline and database, as the channels do.</summary>
public class TranscriptTests
{
    /// <summary>Where the bot's clock stands when a scenario starts: Tuesday 1 December 2026, 9:00 in the clinic's default zone (America/Chicago).</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    /// <summary>The public address SMS links are rendered under in <c>sms:</c> expectations.</summary>
    public const string PublicBaseUrl = "https://puentebot.example.org";

    public static TheoryData<string, string> Scenarios => TranscriptFiles.All(except: VisitTranscriptTests.Folder);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario(string file, string language) =>
        TranscriptRunner.RunAsync(TranscriptFiles.Read(file, language), file, language);
}
