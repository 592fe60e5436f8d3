using System.Text.Json.Nodes;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Dialogs.Topics;

/// <summary>What reaches the care team when a caregiver says yes to "let them know", through the real pipeline and database.</summary>
public class TopicEscalationTests
{
    [Fact]
    public async Task A_stigma_worry_goes_with_the_caregivers_words_and_both_ratings()
    {
        var (row, notes) = await ConverseAsync("stigma-shared", "hi", "yes", "2", "3", "my mother in law says we should just pray", "yes", "5");

        Assert.Equal(("routine", "stigma_shame"), (row.Urgency, row.Reason));
        Assert.Equal("faith", (string?)JsonNode.Parse(row.Summary)!["concern"]);
        Assert.Equal("faith", (string?)notes["concerns"]![0]!["kind"]);
        Assert.Equal("my mother in law says we should just pray", (string?)notes["concerns"]![0]!["words"]);
        Assert.Equal((3, 5), ((int?)notes["confidenceBefore"], (int?)notes["confidenceAfter"]));
        Assert.Equal("mental-health-facts", (string?)notes["handoutsSent"]![0]);
    }

    [Fact]
    public async Task A_setback_goes_with_what_happened_and_what_helped_before()
    {
        var (row, notes) = await ConverseAsync("setback-shared", "hola", "sí", "3", "volvió a no querer ir a la escuela", "hablar con su abuela", "no");

        Assert.Equal(("routine", "setback", "pending"), (row.Urgency, row.Reason, row.State));
        var setback = notes["setbacks"]![0]!;
        Assert.Equal("volvió a no querer ir a la escuela", (string?)setback["words"]);
        Assert.Equal("hablar con su abuela", (string?)setback["helpedBefore"]);
        Assert.True((bool?)setback["shareWithClinician"]);
    }

    /// <summary>Says <paramref name="texts"/> (no escalation may come of them), then yes; returns the one escalation and its care notes.</summary>
    private static async Task<(EscalationRows.Row Row, JsonNode Notes)> ConverseAsync(string conversationId, params string[] texts)
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        foreach (var text in texts)
        {
            await bot.SayAsync(conversationId, text);
        }

        Assert.Empty(await EscalationRows.ReadAsync(folder.ConnectionString));
        await bot.SayAsync(conversationId, "yes");
        var row = Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
        return (row, JsonNode.Parse(row.Summary)!["notes"]!);
    }
}
