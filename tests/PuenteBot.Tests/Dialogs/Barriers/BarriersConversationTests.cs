using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Dialogs.Barriers;

/// <summary>The barriers conversation through the real pipeline and database: what reaches the care team, and how it reads on SMS.</summary>
public class BarriersConversationTests
{
    [Fact]
    public async Task A_shared_plan_for_two_barriers_is_one_barrier_report_with_the_caregivers_words()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        foreach (var text in new[] { "trabajo hasta tarde y no tenemos carro", "si", "el trabajo", "1", "no", "2" })
        {
            await bot.SayAsync("two", text);
        }

        Assert.Empty(await EscalationRows.ReadAsync(folder.ConnectionString));
        await bot.SayAsync("two", "sí");

        var row = Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
        Assert.Equal(("barrier_report", "barriers", "pending"), (row.Urgency, row.Reason, row.State));
        var summary = JsonNode.Parse(row.Summary)!;
        Assert.Equal("es", (string?)summary["language"]);
        var shared = summary["barriers"]!.AsArray();
        Assert.Equal(["schedule", "transport"], shared.Select(b => (string?)b!["kind"]));
        Assert.All(shared, b => Assert.Equal("trabajo hasta tarde y no tenemos carro", (string?)b!["words"]));
        Assert.Equal("Buscar a un familiar o vecino que los lleve", (string?)shared[1]!["planText"]);
        Assert.All(summary["notes"]!["barriers"]!.AsArray(), b => Assert.True((bool)b!["sharedWithCareTeam"]!));
        Assert.Equal("work", (string?)summary["notes"]!["facts"]!["conflict"]);
        Assert.Equal("work", (string?)shared[0]!["answer"]);
    }

    [Fact]
    public async Task Only_the_barriers_of_this_talk_are_shared()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        foreach (var text in new[] { "hi", "yes", "no car", "no", "1", "no", "1", "the copay", "yes", "1" })
        {
            await bot.SayAsync("again", text);
        }

        await bot.SayAsync("again", "yes");

        var summary = JsonNode.Parse(Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString)).Summary)!;
        Assert.Equal(["cost"], summary["barriers"]!.AsArray().Select(b => (string?)b!["kind"]));
        Assert.Equal([false, true], summary["notes"]!["barriers"]!.AsArray().Select(b => (bool)b!["sharedWithCareTeam"]!));
    }

    /// <summary>A turn that ends one barrier and starts the next carries a handout card; its summary is the longest part.</summary>
    [Fact]
    public async Task On_SMS_each_turn_of_the_flow_is_at_most_four_texts_and_most_are_one_or_two()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var shaper = new SmsReplyShaper(Options.Create(new SmsOptions { PublicBaseUrl = "https://puente.example.org" }));
        var texts = new List<int>();
        foreach (var text in new[] { "hola", "si", "no tengo carro y trabajo tarde", "si", "1", "por el trabajo", "2", "si" })
        {
            var result = await bot.SayAsync("sms", text, "sms");
            texts.Add(shaper.Texts(result.Replies).Count);
        }

        TestContext.Current.TestOutputHelper?.WriteLine("SMS texts per turn: " + string.Join(", ", texts));
        Assert.All(texts.Skip(2), count => Assert.InRange(count, 1, 4));
        Assert.True(texts.Skip(2).Count(count => count <= 2) >= 4, string.Join(", ", texts));
    }
}
