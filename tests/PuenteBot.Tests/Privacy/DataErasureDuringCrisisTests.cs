using PuenteBot.Dialogs.Crisis;
using PuenteBot.Privacy;
using PuenteBot.State;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Privacy;

/// <summary>A request to delete during an open crisis episode: the crisis replies stay first and whole, the request waits, and is asked once the episode is over.</summary>
public class DataErasureDuringCrisisTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_during_the_episode_is_acknowledged_after_the_crisis_replies_and_asked_when_it_ends(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        await bot.SayAsync("conv-crisis", "hello");
        await bot.SayAsync("conv-crisis", "I want to kill myself");

        var during = Texts(await bot.SayAsync("conv-crisis", "delete my data"));
        var pending = await bot.Store.LoadAsync("conv-crisis", TestContext.Current.CancellationToken);
        var safe = Texts(await bot.SayAsync("conv-crisis", "yes"));
        var rest = new List<string>();
        for (var i = 0; i < 3 && !rest.Any(t => t.StartsWith("Do you want me to delete", StringComparison.Ordinal)); i++)
        {
            rest = Texts(await bot.SayAsync("conv-crisis", "stop for now"));
        }

        Assert.True(during.Count >= 2, string.Join(" | ", during));
        Assert.Equal("I'll ask you about deleting your data once we're done here.", during[^1]);
        Assert.DoesNotContain(during[..^1], t => t.Contains("delete", StringComparison.OrdinalIgnoreCase));
        Assert.True(CrisisEpisode.IsOpen(pending.Data));
        Assert.True(pending.Data.Values.ContainsKey(DataErasureMiddleware.PendingKey));
        Assert.DoesNotContain(safe, t => t.StartsWith("Done", StringComparison.Ordinal));
        Assert.Equal(1, await ErasureRows.CountAsync(bot.Services, "conversations", "conv-crisis", "id"));
        Assert.True(rest.Count >= 2, string.Join(" | ", safe.Concat(rest)));
        Assert.StartsWith("Okay, we'll stop for now.", rest[0], StringComparison.Ordinal);
        Assert.StartsWith("Do you want me to delete", rest[^1], StringComparison.Ordinal);

        var done = await bot.SayAsync("conv-crisis", "yes");

        Assert.StartsWith("Done.", done.Replies.Single().Text, StringComparison.Ordinal);
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversations", "conv-crisis", "id"));
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversation_log", "conv-crisis"));
        Assert.Equal(1, await ErasureRows.CountAsync(bot.Services, "escalations", "conv-crisis"));
    }

    [Fact]
    public async Task A_request_at_the_last_choice_waits_for_it_and_words_of_danger_meanwhile_get_the_safety_reply_first()
    {
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        await using var bot = db.Services();
        await bot.SayAsync("conv-choice", "hola");
        var replies = Texts(await bot.SayAsync("conv-choice", "me quiero matar"));
        string[] answers = ["sí", "no gracias", "no gracias", "sí"];
        for (var i = 0; i < answers.Length && !replies[^1].StartsWith("Cuando usted quiera", StringComparison.Ordinal); i++)
        {
            replies = Texts(await bot.SayAsync("conv-choice", answers[i]));
        }

        Assert.StartsWith("Cuando usted quiera", replies[^1], StringComparison.Ordinal);
        var atChoice = Texts(await bot.SayAsync("conv-choice", "borrar mis datos"));
        var danger = Texts(await bot.SayAsync("conv-choice", "me quiero matar"));
        var stillOpen = await bot.Store.LoadAsync("conv-choice", TestContext.Current.CancellationToken);

        Assert.Equal(["Por favor, elija una opción: volver a lo que estábamos haciendo, o dejarlo por ahora.", "Cuando terminemos, le preguntaré si quiere borrar sus datos."], atChoice);
        Assert.NotEmpty(danger);
        Assert.Contains("911", danger[0], StringComparison.Ordinal);
        Assert.DoesNotContain(danger, t => t.Contains("borr", StringComparison.OrdinalIgnoreCase));
        Assert.True(CrisisEpisode.IsOpen(stillOpen.Data));
        Assert.True(stillOpen.Data.Values.ContainsKey(DataErasureMiddleware.PendingKey));
    }

    private static List<string> Texts(TurnResult result) => [.. result.Replies.Select(r => r.Text ?? "")];
}
