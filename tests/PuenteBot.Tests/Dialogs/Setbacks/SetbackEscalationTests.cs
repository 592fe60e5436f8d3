using System.Text.Json.Nodes;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Dialogs.Setbacks;

/// <summary>A setback shared with the clinician, through the real pipeline and database.</summary>
public class SetbackEscalationTests
{
    [Fact]
    public async Task Sharing_a_setback_stores_a_routine_escalation_with_the_caregivers_words()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        foreach (var text in new[] { "hola", "sí", "3", "volvió a no querer ir a la escuela", "hablar con su abuela", "no" })
        {
            await bot.SayAsync("setback-shared", text);
        }

        Assert.Empty(await EscalationRows.ReadAsync(folder.ConnectionString));
        await bot.SayAsync("setback-shared", "sí");

        var row = Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
        Assert.Equal(("routine", "setback", "pending"), (row.Urgency, row.Reason, row.State));
        var setback = JsonNode.Parse(row.Summary)!["notes"]!["setbacks"]![0]!;
        Assert.Equal("volvió a no querer ir a la escuela", (string?)setback["words"]);
        Assert.Equal("hablar con su abuela", (string?)setback["helpedBefore"]);
        Assert.True((bool?)setback["shareWithClinician"]);
    }
}
