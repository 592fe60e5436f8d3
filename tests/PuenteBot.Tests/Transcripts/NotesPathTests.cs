using System.Text.Json.Nodes;

namespace PuenteBot.Tests.Transcripts;

public class NotesPathTests
{
    private static readonly JsonNode Notes = JsonNode.Parse("""
        {"barriers":[{"kind":"schedule","shared":true},{"kind":"transport","plan":"Barriers.Option.transport.someone"}],"confidenceBefore":4}
        """)!;

    [Theory]
    [InlineData("barriers[0].kind", "schedule")]
    [InlineData("barriers[-1].plan", "Barriers.Option.transport.someone")]
    [InlineData("barriers[*].kind", "schedule, transport")]
    [InlineData("barriers[0].shared", "true")]
    [InlineData("barriers", "2")]
    [InlineData("confidenceBefore", "4")]
    [InlineData("barriers[0].plan", null)]
    [InlineData("barriers[5].kind", null)]
    [InlineData("setbacks[0].words", null)]
    public void A_path_reads_strings_numbers_counts_and_missing_values(string path, string? expected) =>
        Assert.Equal(expected, NotesPath.Read(Notes, path));
}
