using System.Net;
using Microsoft.Data.Sqlite;
using PuenteBot.Content.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>A Spanish-speaking caregiver texting the bot through the Twilio webhook, without accents.</summary>
public class SmsConversationTests
{
    private const string Phone = "+15005550006";

    [Fact]
    public async Task A_spanish_menu_conversation_by_sms_without_accents()
    {
        await using var bot = new BotApplicationFactory();
        var sms = new SmsWebhookClient(bot.CreateClient(), Phone);

        var greeting = await sms.SendAsync("hola");
        var consented = await sms.SendAsync("si");
        var answers = new List<string>();
        foreach (var pick in new[] { "1", "uno", "llegar a la proxima cita" })
        {
            answers.Add(string.Join(' ', (await sms.SendAsync(pick)).Messages.Select(part => part.Split(' ', 2)[1])));
            await sms.SendAsync("menu");
        }

        Assert.True(greeting.Messages.Count > 1);
        Assert.All(greeting.Messages, (part, i) => Assert.StartsWith($"{i + 1}/{greeting.Messages.Count} ", part));
        Assert.All(greeting.Messages, part => Assert.True(SmsSegments.Count(part).Segments <= 3, part));
        Assert.Contains("Hola, soy PuenteBot", greeting.Messages[0]);
        Assert.Contains("1. Sí\n2. No", string.Join(' ', greeting.Messages));
        var menu = string.Join(' ', consented.Messages);
        Assert.Contains("1. Llegar a la cita\n2. Lo que piensan otros\n3. Las cosas van peor\n4. Guías cortas\n5. Hablar con una persona", menu);
        Assert.Single(answers.Distinct());
        Assert.DoesNotContain("no le entendí", answers[0]);
    }

    [Fact]
    public async Task Opting_out_in_spanish_confirms_once_then_silence_until_opting_in()
    {
        await using var bot = new BotApplicationFactory();
        var sms = new SmsWebhookClient(bot.CreateClient(), Phone);
        await sms.SendAsync("hola");

        var stopped = await sms.SendAsync("Baja");
        var silent = await sms.SendAsync("1");
        var crying = await sms.SendAsync("no puedo parar de llorar");
        var crisis = await sms.SendAsync("me quiero morir");
        var started = await sms.SendAsync("ALTA");
        var menu = await sms.SendAsync("1");

        Assert.StartsWith("Ya no recibirá más mensajes de PuenteBot", Assert.Single(stopped.Messages));
        Assert.Empty(silent.Messages);
        Assert.DoesNotContain(crying.Messages, m => m.Contains("Ya no recibirá", StringComparison.Ordinal));
        Assert.Contains("988", string.Join(' ', crisis.Messages));
        Assert.Contains(await EscalationRows.ReadAsync($"Data Source={bot.DatabasePath}"), row => row.Urgency == "urgent");
        Assert.StartsWith("¡Qué bueno que regresó!", Assert.Single(started.Messages));
        Assert.NotEmpty(menu.Messages);
    }

    [Fact]
    public async Task Twilio_confirms_its_own_stop_words_so_the_bot_adds_nothing_and_start_welcomes_back()
    {
        await using var bot = new BotApplicationFactory();
        var sms = new SmsWebhookClient(bot.CreateClient(), Phone);
        await sms.SendAsync("hi");

        var stopped = await sms.SendAsync("STOP");
        var silent = await sms.SendAsync("1");
        var started = await sms.SendAsync("start");

        Assert.Equal(HttpStatusCode.OK, stopped.Status);
        Assert.Empty(stopped.Messages);
        Assert.Empty(silent.Messages);
        Assert.StartsWith("Welcome back!", Assert.Single(started.Messages));
    }

    [Theory]
    [InlineData("AYUDA", "¿usted y su familia se encuentran a salvo?", "llame al 988 y marque 2")]
    [InlineData("¡ayuda!", "AYUDA al 988", "Para dejar de recibir mensajes, escriba BAJA.")]
    [InlineData("HELP", "are you and your family safe?", "call or text 988")]
    [InlineData("info", "Text STOP to stop messages.", "the number you were given")]
    public async Task Help_says_who_the_bot_is_how_to_reach_help_and_asks_if_they_are_safe(string keyword, string expected, string alsoExpected)
    {
        await using var bot = new BotApplicationFactory();

        var reply = await new SmsWebhookClient(bot.CreateClient(), Phone).SendAsync(keyword);

        var text = Assert.Single(reply.Messages);
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count(text).Encoding);
        Assert.Contains(expected, text);
        Assert.Contains(alsoExpected, text);
        Assert.Contains("PuenteBot", text);
    }

    [Fact]
    public async Task Help_gives_the_clinic_phone_when_it_is_configured()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Clinic:Phone"] = "(555) 010-0199" });

        var reply = await new SmsWebhookClient(bot.CreateClient(), Phone).SendAsync("ayuda");

        Assert.Contains("Para hablar con el equipo, llame al (555) 010-0199.", Assert.Single(reply.Messages));
    }

    [Fact]
    public async Task A_message_delivered_twice_is_processed_once()
    {
        await using var bot = new BotApplicationFactory();
        var sms = new SmsWebhookClient(bot.CreateClient(), Phone);
        var sid = SmsWebhookClient.NewMessageSid();

        var first = await sms.SendAsync("hola", sid);
        var again = await sms.SendAsync("hola", sid);

        Assert.NotEmpty(first.Messages);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Empty(again.Messages);
        Assert.Equal(1L, await ScalarAsync(bot, $"SELECT COUNT(*) FROM conversation_log WHERE direction = 'in' AND activity_id = '{sid}'"));
    }

    [Fact]
    public async Task The_phone_number_finds_the_family_again_but_is_kept_only_in_the_contacts_table()
    {
        await using var bot = new BotApplicationFactory();
        await new SmsWebhookClient(bot.CreateClient(), Phone).SendAsync("hola");
        await new SmsWebhookClient(bot.CreateClient(), Phone).SendAsync("1");
        await new SmsWebhookClient(bot.CreateClient(), "+15005550009").SendAsync("hi");

        Assert.Equal(2L, await ScalarAsync(bot, "SELECT COUNT(*) FROM conversations WHERE id LIKE 'sms-%'"));
        Assert.Equal(0L, await ScalarAsync(bot, "SELECT COUNT(*) FROM conversations WHERE id LIKE '%5005550006%' OR data LIKE '%5005550006%'"));
        Assert.Equal(0L, await ScalarAsync(bot, "SELECT COUNT(*) FROM conversation_log WHERE conversation_id LIKE '%5005550006%'"));
        Assert.Equal(1L, await ScalarAsync(bot, $"SELECT COUNT(*) FROM sms_contacts WHERE phone = '{Phone}'"));
    }

    private static async Task<long> ScalarAsync(BotApplicationFactory bot, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
