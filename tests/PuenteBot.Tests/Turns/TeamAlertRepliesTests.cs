using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Turns;

public class TeamAlertRepliesTests
{
    public static TheoryData<string> Keys() => [.. TeamAlertReplies.PromiseKeys.Append(TeamAlertReplies.UrgentKey).Append(TeamAlertReplies.RoutineKey)];

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Every_promise_and_honest_string_exists_in_both_languages(string key)
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();

        var english = In(strings, key, "en");
        var spanish = In(strings, key, "es");

        Assert.False(english.ResourceNotFound, key);
        Assert.NotEqual(english.Value, spanish.Value);
    }

    private static LocalizedString In(IStringLocalizer strings, string key, string language)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return strings[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
