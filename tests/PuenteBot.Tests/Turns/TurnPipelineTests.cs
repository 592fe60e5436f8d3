using PuenteBot.Dialogs.Escalation;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Turns;

public class TurnPipelineTests
{
    [Fact]
    public async Task Greets_in_Spanish_when_the_first_message_is_Spanish()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);

        var result = await bot.SayAsync("c-es", "hola");
        var consented = await bot.SayAsync("c-es", "sí");

        Assert.True(result.Saved);
        Assert.Contains("soy PuenteBot", result.Replies[0].Text);
        Assert.EndsWith("¿Le parece bien que sigamos?", result.Replies[^1].Text);
        Assert.Equal("¿De qué le gustaría hablar?", consented.Replies[^1].Text);
        Assert.All(result.Replies.Concat(consented.Replies), r => Assert.Equal("es", r.Locale));
    }

    [Fact]
    public async Task Greets_in_English_when_the_first_message_is_English()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);

        var result = await bot.SayAsync("c-en", "hi");
        var consented = await bot.SayAsync("c-en", "yes");

        Assert.Contains("I'm PuenteBot", result.Replies[0].Text);
        Assert.Equal(["Yes", "No"], result.Replies[^1].SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.Equal(5, consented.Replies[^1].SuggestedActions!.Actions!.Count);
    }

    [Fact]
    public async Task Asks_the_language_when_the_first_message_does_not_show_it()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);

        var asked = await bot.SayAsync("c-unknown", "👋");
        var answered = await bot.SayAsync("c-unknown", "2");

        Assert.Equal(["English", "Español"], asked.Replies.Single().SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.Contains("soy PuenteBot", answered.Replies[0].Text);
    }

    [Fact]
    public async Task Replies_are_addressed_back_to_the_sender()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var inbound = TestActivities.Message("c-address", "hi", "webchat");

        var reply = (await bot.SendAsync(inbound)).Replies[0];

        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal("c-address", reply.Conversation!.Id);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal("bot", reply.From.Role);
        Assert.Equal("webchat", reply.ChannelId);
    }

    [Fact]
    public async Task Switching_language_asks_the_same_question_in_the_new_language()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        await bot.SayAsync("c-switch", "hello");
        await bot.SayAsync("c-switch", "yes");

        var switched = await bot.SayAsync("c-switch", "en español por favor");

        Assert.Equal("Claro, seguimos en español.", switched.Replies[0].Text);
        Assert.Equal("¿De qué le gustaría hablar?", switched.Replies[1].Text);
        Assert.Contains(switched.Replies[1].SuggestedActions!.Actions!, a => a.Title == "Hablar con una persona");
    }

    [Fact]
    public async Task Urgent_risk_gets_the_safety_message_first_and_an_urgent_escalation_saved_with_the_turn()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        await bot.SayAsync("c-risk", "hola");
        await bot.SayAsync("c-risk", "si");

        var result = await bot.SayAsync("c-risk", "mi hijo dice que se quiere suicidar");

        Assert.Contains("988", result.Replies[0].Text);
        Assert.Contains("marque 2", result.Replies[0].Text);
        Assert.Equal("¿Usted y su hijo o hija están a salvo en este momento?", result.Replies[1].Text);
        var escalations = await EscalationRows.ReadAsync(folder.ConnectionString);
        var escalation = Assert.Single(escalations);
        Assert.Equal(Urgency.Urgent, escalation.Urgency);
        Assert.Contains("se quiere suicidar", escalation.Summary);
        var after = await bot.SayAsync("c-risk", "si");
        Assert.StartsWith("Me alegra que estén a salvo", after.Replies[0].Text);
        Assert.StartsWith("Para que su equipo de atención le pueda llamar", after.Replies[1].Text); // not enrolled: asked once, after the escalation
        var declined = await bot.SayAsync("c-risk", "no gracias");
        Assert.StartsWith("Está bien. Su equipo de atención ya tiene su mensaje.", declined.Replies[0].Text);
        Assert.StartsWith("Cuando usted quiera: ¿prefiere volver", declined.Replies[^1].Text);
        var back = await bot.SayAsync("c-risk", "volver a eso");
        Assert.Equal("¿De qué le gustaría hablar?", Assert.Single(back.Replies).Text);
        Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
    }

    [Fact]
    public async Task A_stack_naming_an_unknown_dialog_is_dropped_and_the_conversation_starts_over()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        await bot.SayAsync("c-stale", "hi");
        await bot.SayAsync("c-stale", "yes");
        var stored = await bot.Store.LoadAsync("c-stale", TestContext.Current.CancellationToken);
        stored.Data.DialogStack.Insert(0, new PuenteBot.Dialogs.Runtime.DialogInstance { Id = "retired.dialog" });
        stored.Data.DialogStack.RemoveRange(1, stored.Data.DialogStack.Count - 1);
        await bot.Store.TrySaveAsync(new PuenteBot.State.ConversationWrite("c-stale", "test", stored.Version, stored.Data, [], [], DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);

        var result = await bot.SayAsync("c-stale", "1");

        Assert.Equal("What would you like to talk about?", result.Replies[^1].Text);
    }
}
