using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Escalations;
using PuenteBot.Reports;
using PuenteBot.Tests.Portal;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Reports;

/// <summary>The crisis report on a seeded database: by the terminal command (a real process) and on the portal.</summary>
public class CrisisReportTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Report_crisis_prints_the_counts_by_kind_language_and_channel_without_identifiers()
    {
        await using var site = PortalSite.Create();
        await SeedAsync(site.Services, $"Data Source={site.DatabasePath}");

        var output = await BotProcess.RunAsync(
            ["report", "crisis", "--from", "2026-11-01", "--to", "2026-11-30"],
            string.Empty,
            new Dictionary<string, string> { ["Storage__ConnectionString"] = $"Data Source={site.DatabasePath}" });

        Assert.True(output.ExitCode == 0, output.StandardError);
        var lines = output.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Crisis referrals 2026-11-01 to 2026-11-30 (UTC days; counts only, no identifiers)", lines[0]);
        Assert.Matches(@"^kind\s+language\s+channel\s+referrals\s+acknowledged\s+median to ack\s+longest to ack$", lines[1]);
        Assert.Matches(@"^suicide\s+es\s+sms\s+3\s+2\s+6 min\s+8 min$", lines[2]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^domestic_violence\s+es\s+directline\s+1\s+0\s+-\s+-$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^medical\s+en\s+sms\s+1\s+1\s+30 s\s+30 s$"));
        Assert.Matches(@"^all\s+all\s+all\s+5\s+3\s+4 min\s+8 min$", lines[^1]);
        Assert.DoesNotContain("c-", output.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("routine", output.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("necesito", output.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("crisis", "--from", "2026-11-30", "--to", "2026-11-01")]
    [InlineData("crisis", "--from", "30/11/2026", "--to", "2026-12-01")]
    [InlineData("crisis")]
    [InlineData("outcome", "--from", "2026-11-01", "--to", "2026-11-30")]
    public void Wrong_usage_is_refused(params string[] args) => Assert.Null(PuenteBot.Cli.ReportCommand.Parse(args));

    [Fact]
    public async Task The_portal_shows_the_report_linked_from_its_navigation()
    {
        await using var site = PortalSite.Create();
        await SeedAsync(site.Services, $"Data Source={site.DatabasePath}");
        using var portal = PortalSite.Client(site);
        await portal.SignInAsync();

        var (_, queue) = await portal.GetAsync("/portal");
        var (status, html) = await portal.GetAsync("/portal/reports/crisis?from=2026-11-01&to=2026-11-30");

        Assert.Contains("<a href=\"/portal/reports/crisis\">Crisis report</a>", queue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Crisis referrals</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Suicide risk</td><td>Spanish</td><td>Text messages (SMS)</td><td class=\"number\">3</td><td class=\"number\">2</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("c-sui", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_outside_the_range_are_not_counted()
    {
        await using var site = PortalSite.Create();
        await SeedAsync(site.Services, $"Data Source={site.DatabasePath}");

        var table = await site.Services.GetRequiredService<CrisisReport>().BuildAsync(new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 30), TestContext.Current.CancellationToken);

        Assert.Equal(0, table.Total.Referrals);
        Assert.Empty(table.Rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_report_counts_the_same_on_either_database(string provider)
    {
        var clock = new FakeTimeProvider(Day);
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services(configure: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        foreach (var (id, after) in await SeedUnacknowledgedAsync(bot.Services))
        {
            clock.SetUtcNow((await store.GetAsync(id, TestContext.Current.CancellationToken))!.CreatedAt + after);
            Assert.True(await store.AcknowledgeAsync(id, "Ana Ruiz", TestContext.Current.CancellationToken));
        }

        var report = bot.Services.GetRequiredService<CrisisReport>();
        var november = await report.BuildAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), TestContext.Current.CancellationToken);
        var later = await report.BuildAsync(new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 30), TestContext.Current.CancellationToken);

        Assert.Equal(new CrisisReportRow("suicide", "es", "sms", 3, 2, TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(8)), november.Rows[0]);
        Assert.Contains(new CrisisReportRow("domestic_violence", "es", "directline", 1, 0, null, null), november.Rows);
        Assert.Contains(new CrisisReportRow("medical", "en", "sms", 1, 1, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)), november.Rows);
        Assert.Equal(new CrisisReportRow(CrisisReport.All, CrisisReport.All, CrisisReport.All, 5, 3, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8)), november.Total);
        Assert.Equal(0, later.Total.Referrals);
    }

    private static async Task SeedAsync(IServiceProvider services, string connectionString)
    {
        var acknowledged = await SeedUnacknowledgedAsync(services);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var (id, after) in acknowledged)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE escalations SET state = 'acknowledged', acknowledged_by = 'Ana Ruiz',
                    acknowledged_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+' || $seconds || ' seconds')
                WHERE id = $id
                """;
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$seconds", after.TotalSeconds);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Five urgent referrals and one routine one on <see cref="Day"/>; returns the ids to acknowledge and how long after.</summary>
    private static async Task<Dictionary<string, TimeSpan>> SeedUnacknowledgedAsync(IServiceProvider services)
    {
        var acknowledged = new Dictionary<string, TimeSpan>
        {
            [await PortalSite.EscalateAsync(services, "c-sui-1", "urgent", "suicide", Day)] = TimeSpan.FromMinutes(4),
            [await PortalSite.EscalateAsync(services, "c-sui-2", "urgent", "suicide", Day.AddMinutes(10))] = TimeSpan.FromMinutes(8),
            [await PortalSite.EscalateAsync(services, "c-med-1", "urgent", "medical", Day.AddMinutes(20), channel: "sms", language: "en")] = TimeSpan.FromSeconds(30),
        };
        await PortalSite.EscalateAsync(services, "c-sui-3", "urgent", "suicide", Day.AddMinutes(30));
        await PortalSite.EscalateAsync(services, "c-dv-1", "urgent", "domestic_violence", Day.AddMinutes(40), channel: "directline");
        await PortalSite.EscalateAsync(services, "c-routine", "routine", "talk_to_clinician", Day.AddMinutes(50));
        return acknowledged;
    }
}
