using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Channels.Sms;

public class SmsReplyShaperTests
{
    private static readonly SmsReplyShaper Shaper = new(Options.Create(new SmsOptions { PublicBaseUrl = "https://bot.example.org/" }));

    [Fact]
    public void Suggested_actions_become_a_numbered_list_in_the_order_offered()
    {
        var prompt = Activity.Message("¿De qué le gustaría hablar?");
        prompt.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Llegar a la próxima cita"), CardAction.ImBack("Guías cortas")] };

        var texts = Shaper.Texts([prompt]);

        Assert.Equal("¿De qué le gustaría hablar?\n1. Llegar a la próxima cita\n2. Guías cortas", Assert.Single(texts));
    }

    [Fact]
    public void A_hero_card_becomes_title_text_and_an_absolute_link()
    {
        var reply = Activity.Message("Aquí tiene una guía:");
        reply.Attachments = [new HeroCard
        {
            Title = "Cómo llegar a las citas",
            Text = "Ideas para el transporte.",
            Buttons = [CardAction.OpenUrl("Leer la guía", "/handouts/es/getting-to-visits")],
        }.ToAttachment()];

        var text = Assert.Single(Shaper.Texts([reply]));

        Assert.Equal("Aquí tiene una guía:\nCómo llegar a las citas\nIdeas para el transporte.\nhttps://bot.example.org/handouts/es/getting-to-visits", text);
    }

    [Fact]
    public void A_card_with_a_summary_becomes_the_summary_and_the_link_without_title_or_card_text()
    {
        var reply = Activity.Message(null);
        reply.Summary = "¿Le cuesta llegar a las citas? Medicaid puede cubrir el transporte.";
        reply.Attachments = [new HeroCard
        {
            Title = "Cómo llegar: transporte y citas por video",
            Text = "Si llegar a la clínica es difícil, hay opciones.",
            Tap = CardAction.OpenUrl("Leer la hoja", "/handouts/es/getting-to-visits"),
        }.ToAttachment()];

        var text = Assert.Single(Shaper.Texts([reply]));

        Assert.Equal("¿Le cuesta llegar a las citas? Medicaid puede cubrir el transporte.\nhttps://bot.example.org/handouts/es/getting-to-visits", text);
    }

    [Fact]
    public void A_summary_without_cards_is_not_sent()
    {
        var reply = Activity.Message("Hola");
        reply.Summary = "Resumen";

        Assert.Equal("Hola", Assert.Single(Shaper.Texts([reply])));
    }

    [Fact]
    public void The_replies_of_a_turn_go_in_order_and_share_a_message_when_they_fit()
    {
        var texts = Shaper.Texts([Activity.Message("Primero."), new Activity { Type = ActivityTypes.Typing }, Activity.Message("Segundo.")]);

        Assert.Equal("Primero.\n\nSegundo.", Assert.Single(texts));
    }

    [Fact]
    public void Shaped_activities_keep_the_address_of_the_replies()
    {
        var reply = Activity.Message("Hola");
        reply.ChannelId = "sms";
        reply.Conversation = new ConversationAccount { Id = "c-1" };
        reply.Recipient = new ChannelAccount { Id = "+15005550006" };
        reply.InputHint = InputHints.ExpectingInput;

        var shaped = Assert.Single(Shaper.Shape([reply]));

        Assert.Equal(("sms", "c-1", "+15005550006", "Hola", InputHints.ExpectingInput), (shaped.ChannelId, shaped.Conversation?.Id, shaped.Recipient?.Id, shaped.Text, shaped.InputHint));
    }

    [Fact]
    public void Spanish_keeps_its_accents_by_default()
    {
        var reply = Activity.Message("¿Cuál prefiere? Aquí está.");
        reply.Locale = "es";

        Assert.Equal("¿Cuál prefiere? Aquí está.", Assert.Single(Shaper.Texts([reply])));
    }

    [Fact]
    public void Gsm7_only_writes_spanish_replies_in_gsm7_and_leaves_english_as_it_is()
    {
        var gsm7 = new SmsReplyShaper(Options.Create(new SmsOptions { Spanish = new SmsSpanishOptions { Gsm7Only = true } }));
        var spanish = Activity.Message("¿Cuál prefiere? Aquí está, mañana.");
        spanish.Locale = "es";
        var english = Activity.Message("It’s fine — thank you");
        english.Locale = "en";

        Assert.Equal("¿Cual prefiere? Aqui esta, mañana.", Assert.Single(gsm7.Texts([spanish])));
        Assert.Equal("It’s fine — thank you", Assert.Single(gsm7.Texts([english])));
    }
}
