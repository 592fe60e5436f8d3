using PuenteBot.Tests.Support;
using PuenteBot.Turns.Middleware;

namespace PuenteBot.Tests.Turns;

public class OptOutTests
{
    [Theory]
    [InlineData("STOP", OptOutKeyword.OptOut)]
    [InlineData(" stop. ", OptOutKeyword.OptOut)]
    [InlineData("Cancelar", OptOutKeyword.OptOut)]
    [InlineData("BAJA", OptOutKeyword.OptOut)]
    [InlineData("start", OptOutKeyword.OptIn)]
    [InlineData("ALTO", OptOutKeyword.OptOut)]
    [InlineData("Revoke", OptOutKeyword.OptOut)]
    [InlineData("opt out", OptOutKeyword.OptOut)]
    [InlineData("Inicio", OptOutKeyword.OptIn)]
    [InlineData("¡AYUDA!", OptOutKeyword.Help)]
    [InlineData("información", OptOutKeyword.Help)]
    [InlineData("INFO", OptOutKeyword.Help)]
    [InlineData("sí", OptOutKeyword.None)]
    [InlineData("ayuda por favor, mi hijo no quiere ir", OptOutKeyword.None)]
    [InlineData("quiero darme de baja", OptOutKeyword.None)]
    [InlineData("no puedo parar de llorar", OptOutKeyword.None)]
    [InlineData("please stop calling me names", OptOutKeyword.None)]
    public void Keywords_count_only_as_the_whole_message(string text, OptOutKeyword expected) =>
        Assert.Equal(expected, OptOutKeywords.Match(text));

    [Theory]
    [InlineData("STOP", true)]
    [InlineData("unsubscribe", true)]
    [InlineData("baja", false)]
    [InlineData("Parar", false)]
    public void Knows_which_words_twilio_handles_itself(string text, bool carrierDefault) =>
        Assert.Equal(carrierDefault, OptOutKeywords.IsCarrierDefault(text));

    [Fact]
    public async Task Stop_silences_the_dialogs_until_start_but_not_the_safety_message()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        await bot.SayAsync("sms-1", "hola", "sms");

        var stopped = await bot.SayAsync("sms-1", "PARAR", "sms");
        var silent = await bot.SayAsync("sms-1", "1", "sms");
        var crisis = await bot.SayAsync("sms-1", "me quiero suicidar", "sms");
        var started = await bot.SayAsync("sms-1", "ALTA", "sms");

        Assert.StartsWith("Ya no recibirá más mensajes", stopped.Replies.Single().Text);
        Assert.Empty(silent.Replies);
        Assert.Contains("988", crisis.Replies[0].Text);
        Assert.Equal("¿Usted y su hijo o hija se encuentran a salvo ahora?", crisis.Replies[1].Text);
        Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
        Assert.StartsWith("¡Qué bueno que regresó!", started.Replies.Single().Text);
    }

    [Fact]
    public async Task Stop_on_web_chat_cancels_instead_of_opting_out()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        await bot.SayAsync("web-1", "hi", "webchat");

        var result = await bot.SayAsync("web-1", "stop", "webchat");

        Assert.Equal("Okay, we can leave that for now.", result.Replies[0].Text);
        var stored = await bot.Store.LoadAsync("web-1", TestContext.Current.CancellationToken);
        Assert.False(stored.Data.OptedOut);
    }
}
