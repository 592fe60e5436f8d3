using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Returning;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Dialogs.Returning;

/// <summary>Conversation:ResumeAfter decides how long a pause makes a returning caregiver.</summary>
public class ResumeAfterTests
{
    [Theory]
    [InlineData(null, 2, false)]
    [InlineData(null, 9, true)]
    [InlineData("01:00:00", 2, true)]
    [InlineData("1.00:00:00", 9, false)]
    public async Task A_pause_of_at_least_ResumeAfter_in_the_middle_of_a_flow_asks_to_continue_or_start_over(string? resumeAfter, int hours, bool welcomed)
    {
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero));
        await using var bot = new BotServices(folder.ConnectionString, configure: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            if (resumeAfter is not null)
            {
                services.Configure<ConversationOptions>(o => o.ResumeAfter = TimeSpan.Parse(resumeAfter, System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        var prompt = bot.Services.GetRequiredService<IStringLocalizer<Strings>>().For("en", "Returning.Prompt.handouts");
        await bot.SayAsync("c", "hi");
        await bot.SayAsync("c", "yes");
        await bot.SayAsync("c", "short guides");

        clock.Advance(TimeSpan.FromHours(hours));
        var reply = await bot.SayAsync("c", "hello");

        Assert.Equal(welcomed, reply.Replies.Any(r => r.Text == prompt));
    }
}
