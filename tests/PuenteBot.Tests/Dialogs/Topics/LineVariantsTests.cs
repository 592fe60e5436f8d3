using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Topics;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Dialogs.Topics;

/// <summary>Lines with other wordings take them in turn, and every wording exists in both languages.</summary>
public sealed class LineVariantsTests
{
    [Fact]
    public async Task The_same_line_is_never_worded_the_same_twice_in_a_row_and_the_order_is_fixed()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var conversation = new ConversationData();

        var said = Enumerable.Range(0, 5).Select(_ => LineVariants.Next(conversation, strings, "Barriers.Plan.Chosen")).ToList();

        Assert.Equal(["Barriers.Plan.Chosen", "Barriers.Plan.Chosen.2", "Barriers.Plan.Chosen.3", "Barriers.Plan.Chosen", "Barriers.Plan.Chosen.2"], said);
        Assert.Equal("Person.Way", LineVariants.Next(conversation, strings, "Person.Way"));
    }

    [Theory]
    [InlineData("Barriers.Plan.Chosen")]
    [InlineData("Barriers.Close")]
    [InlineData("Barriers.Next.About")]
    [InlineData("Setback.Normal")]
    [InlineData("Setback.Normal.Serious")]
    [InlineData("Setback.HelpedBefore.Thanks")]
    public async Task Lines_said_more_than_once_have_at_least_two_wordings(string key)
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();

        Assert.True(LineVariants.Of(strings, key).Count >= 2);
    }

    [Fact]
    public void Every_wording_is_in_both_languages_and_follows_the_one_before()
    {
        var english = Keys("Strings.resx");
        var spanish = Keys("Strings.es.resx");
        var variants = english.Where(k => System.Text.RegularExpressions.Regex.IsMatch(k, @"^(Barriers|Stigma|Setback|Person|Returning|Handouts)\..*(?<!\.Weekday)\.[2-9]$")).ToList();

        Assert.NotEmpty(variants);
        Assert.All(variants, key =>
        {
            var number = key[^1] - '0';
            var line = key[..^2];
            Assert.Contains(key, spanish);
            Assert.Contains(number == 2 ? line : line + "." + (number - 1), english);
        });
    }

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(RepositoryPaths.Root, "content", "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
}
