using System.Text.Json.Nodes;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Dialogs.StigmaShame;

/// <summary>A stigma worry passed to the care team, through the real pipeline and database.</summary>
public class StigmaShameEscalationTests
{
    [Fact]
    public async Task Letting_the_care_team_know_stores_the_worry_and_both_ratings()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        foreach (var text in new[] { "hi", "yes", "2", "3", "my mother in law says we should just pray", "yes", "5" })
        {
            await bot.SayAsync("stigma-shared", text);
        }

        Assert.Empty(await EscalationRows.ReadAsync(folder.ConnectionString));
        await bot.SayAsync("stigma-shared", "yes");

        var row = Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
        Assert.Equal(("routine", "stigma_shame"), (row.Urgency, row.Reason));
        var notes = JsonNode.Parse(row.Summary)!["notes"]!;
        Assert.Equal("faith", (string?)notes["concerns"]![0]!["kind"]);
        Assert.Equal("my mother in law says we should just pray", (string?)notes["concerns"]![0]!["words"]);
        Assert.Equal((3, 5), ((int?)notes["confidenceBefore"], (int?)notes["confidenceAfter"]));
        Assert.Equal("mental-health-facts", (string?)notes["handoutsSent"]![0]);
    }
}
