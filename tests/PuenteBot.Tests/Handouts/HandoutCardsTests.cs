using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content;
using PuenteBot.Content.Checking;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Handouts;
using PuenteBot.Handouts;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Handouts;

public class HandoutCardsTests
{
    private static readonly IStringLocalizer<Strings> Localizer = new ServiceCollection()
        .AddLogging().AddPuenteBotContent().BuildServiceProvider().GetRequiredService<IStringLocalizer<Strings>>();

    [Theory]
    [InlineData("en", "Read the handout")]
    [InlineData("es", "Leer la hoja")]
    public void A_card_has_the_title_summary_and_a_button_to_the_page(string lang, string label)
    {
        var handout = HandoutLibrary.Embedded.Find(lang, "getting-to-visits")!;
        var attachment = HandoutReplies.Card(handout, new HandoutText(Localizer, lang)[HandoutKeys.CardOpen], new Uri("https://bot.example.org/"));

        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        var card = attachment.Content!.Value.Deserialize(ProtocolJsonContext.Default.HeroCard)!;
        Assert.Equal(handout.Title, card.Title);
        Assert.Equal(handout.Summary, card.Text);
        var button = Assert.Single(card.Buttons!);
        Assert.Equal((ActionTypes.OpenUrl, label), (button.Type, button.Title));
        Assert.Equal($"https://bot.example.org/handouts/{lang}/getting-to-visits", button.Value!.Value.GetString());
    }

    [Fact]
    public void Every_key_the_pages_use_exists_in_both_languages()
    {
        var strings = StringTables.Embedded();
        var keys = typeof(HandoutKeys).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(keys);
        foreach (var language in HandoutLanguages.All)
        {
            Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(strings[language].GetValueOrDefault(key)), $"{key} in {language}"));
        }
    }

    [Theory]
    [InlineData("en", "Reviewed November 23, 2026")]
    [InlineData("es", "Revisado el 23 de noviembre de 2026")]
    public void Text_is_in_the_asked_language_whatever_the_current_culture(string lang, string expected)
    {
        Assert.Equal(expected, new HandoutText(Localizer, lang)[HandoutKeys.Reviewed, new DateOnly(2026, 11, 23)]);
    }
}
