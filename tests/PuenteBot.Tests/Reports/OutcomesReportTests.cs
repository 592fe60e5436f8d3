using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Reports.Outcomes;
using PuenteBot.Tests.Portal;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Reports;

/// <summary>
/// The outcomes report on <see cref="OutcomeSeed"/>'s November, on either database: every figure as counted by hand
/// from the seed (see its comments), small cells suppressed, nothing from outside the days counted.
/// </summary>
public class OutcomesReportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_figures_match_the_hand_counts_on_either_database(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        await OutcomeSeed.SeedAsync(db, bot.Services);

        var table = await bot.Services.GetRequiredService<OutcomesReport>().BuildAsync(OutcomeSeed.From, OutcomeSeed.To, TestContext.Current.CancellationToken);

        //                                                           all    en     es     sms    webchat other
        Cells(table, "activity", "families_active",                  "17", "8",   "9",   "10",  "7",   "<5");
        Cells(table, "barriers", "barriers_named",                   "18", "8",   "10",  "10",  "7",   "<5");
        Cells(table, "barriers", "plans_chosen",                     "14", "6",   "8",   "8",   "6",   "0");
        Cells(table, "barriers", "plans_shared",                     "8",  "0",   "8",   "8",   "0",   "0");
        Assert.Equal(["barrier.transport", "barrier.schedule", "barrier.cost", "barrier.childcare", "barrier.language"], table["barrier_kinds"].Figures.Select(f => f.Name));
        Cells(table, "barrier_kinds", "barrier.transport",           "8",  "0",   "8",   "8",   "0",   "0");
        Cells(table, "barrier_kinds", "barrier.schedule",            "6",  "6",   "0",   "0",   "6",   "0");
        Cells(table, "barrier_kinds", "barrier.language",            "<5", "0",   "<5",  "0",   "<5",  "0");
        Cells(table, "confidence", "confidence_before_answered",     "15", "6",   "9",   "8",   "6",   "<5");
        Cells(table, "confidence", "confidence_before_mean",         "3.7", "5.0", "2.9", "3.0", "5.0", "n<5");
        Cells(table, "confidence", "confidence_after_mean",          "7.3", "8.0", "6.9", "7.0", "8.0", "n<5");
        Cells(table, "confidence", "confidence_change_mean",         "3.6", "3.0", "4.0", "4.0", "3.0", "n<5");
        Assert.Equal(["0", "0", "<5", "8", "0", "6", "0", "0", "0", "0", "0"], Enumerable.Range(0, 11).Select(v => table["confidence_distribution"][$"before.{v}"]["all"].Text));
        Assert.Equal(["0", "0", "0", "0", "0", "0", "<5", "8", "6", "0", "0"], Enumerable.Range(0, 11).Select(v => table["confidence_distribution"][$"after.{v}"]["all"].Text));
        Cells(table, "setbacks", "setbacks",                         "11", "<5",  "9",   "10",  "0",   "<5");
        Cells(table, "setbacks", "setbacks_serious",                 "<5", "<5",  "0",   "<5",  "0",   "0");
        Cells(table, "escalations", "escalations_raised",            "13", "5",   "8",   "8",   "5",   "0");
        Cells(table, "escalations", "acknowledged",                  "11", "5",   "6",   "6",   "5",   "0");
        Cells(table, "escalations", "ack_median",                    "6 min", "30 min", "3.5 min", "3.5 min", "30 min", "-");
        Cells(table, "escalations", "ack_p90",                       "40 min", "50 min", "6 min", "6 min", "50 min", "-");
        Cells(table, "escalations", "urgency.urgent",                "6",  "0",   "6",   "6",   "0",   "0");
        Cells(table, "escalations", "urgency_ack_median.urgent",     "3.5 min", "-", "3.5 min", "3.5 min", "-", "-");
        Cells(table, "escalations", "urgency.routine",               "5",  "5",   "0",   "0",   "5",   "0");
        Cells(table, "escalations", "urgency.barrier_report",        "<5", "0",   "<5",  "<5",  "0",   "0");
        Cells(table, "escalations", "urgency_ack_median.barrier_report", "-", "-", "-",  "-",   "-",   "-");
        Cells(table, "reminders", "reminders_sent",                  "14", "6",   "8",   "10",  "<5",  "0");
        Cells(table, "reminders", "reminders_confirmed",             "9",  "<5",  "5",   "7",   "<5",  "0");
        Cells(table, "reminders", "reminders_changed",               "<5", "0",   "<5",  "<5",  "0",   "0");
        Cells(table, "reminders", "reminders_barrier",               "<5", "<5",  "<5",  "<5",  "<5",  "0");
        Cells(table, "reminders", "missed_sent",                     "5",  "<5",  "<5",  "<5",  "<5",  "0");
        Cells(table, "reminders", "followups_sent",                  "6",  "0",   "6",   "6",   "0",   "0");
        Cells(table, "attendance", "reminded_visits",                "13", "5",   "8",   "10",  "<5",  "0");
        Cells(table, "attendance", "reminded_came",                  "11", "<5",  "7",   "9",   "<5",  "0");
        Cells(table, "attendance", "reminded_missed",                "<5", "<5",  "<5",  "<5",  "<5",  "0");
        Cells(table, "attendance", "reminded_rate",                  "85%", "80%", table["attendance"]["reminded_rate"]["es"].Text, "90%", "n<5", "-");
        Assert.Equal(7.0 / 8, table["attendance"]["reminded_rate"]["es"].Value, 6);
        Cells(table, "attendance", "unreminded_visits",              "13", "7",   "6",   "6",   "7",   "0");
        Cells(table, "attendance", "unreminded_came",                "7",  "<5",  "<5",  "<5",  "<5",  "0");
        Cells(table, "attendance", "unreminded_missed",              "6",  "<5",  "<5",  "<5",  "<5",  "0");
        Cells(table, "attendance", "unreminded_rate",                "54%", "57%", "50%", "50%", "57%", "-");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Days_outside_the_range_count_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        await OutcomeSeed.SeedAsync(db, bot.Services);

        var december = await bot.Services.GetRequiredService<OutcomesReport>().BuildAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), TestContext.Current.CancellationToken);
        var one = await bot.Services.GetRequiredService<OutcomesReport>().BuildAsync(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), TestContext.Current.CancellationToken);

        Assert.All(december.Sections.SelectMany(s => s.Figures).SelectMany(f => f.Cells), c => Assert.Equal(0, c.Basis));
        Assert.Empty(december["barrier_kinds"].Figures);
        Assert.Equal("13", one["escalations"]["escalations_raised"]["all"].Text);
        Assert.Equal("0", one["activity"]["families_active"]["all"].Text);
        Assert.Equal("0", one["reminders"]["reminders_sent"]["all"].Text);
    }

    [Fact]
    public async Task Report_outcomes_prints_the_same_figures_in_the_terminal()
    {
        await using var site = PortalSite.Create();
        await OutcomeSeed.SeedAsync(site.Services, site.DatabasePath);

        var output = await BotProcess.RunAsync(
            ["report", "outcomes", "--from", "2026-11-01", "--to", "2026-11-30"],
            string.Empty,
            new Dictionary<string, string> { ["Storage__ConnectionString"] = $"Data Source={site.DatabasePath}" });

        Assert.True(output.ExitCode == 0, output.StandardError);
        var lines = output.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Outcomes 2026-11-01 to 2026-11-30 (UTC days; counts only, no identifiers;", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^section\s+figure\s+all\s+en\s+es\s+sms\s+webchat\s+other$", lines[1]);
        Assert.Matches(@"^activity\s+families_active\s+17\s+8\s+9\s+10\s+7\s+<5$", lines[2]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^attendance\s+reminded_rate\s+85%\s+80%\s+88%\s+90%\s+n<5\s+-$"));
        Assert.Equal(2 + 65, lines.Length);
        Assert.DoesNotContain("fam-", output.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutcomeMeasure.Count, 0, 0, "0", true)]
    [InlineData(OutcomeMeasure.Count, 1, 1, "<5", false)]
    [InlineData(OutcomeMeasure.Count, 4, 4, "<5", false)]
    [InlineData(OutcomeMeasure.Count, 5, 5, "5", true)]
    [InlineData(OutcomeMeasure.Mean, 0, 0, "-", false)]
    [InlineData(OutcomeMeasure.Mean, 9.5, 4, "n<5", false)]
    [InlineData(OutcomeMeasure.Mean, 6.25, 5, "6.3", true)]
    [InlineData(OutcomeMeasure.Rate, 1, 3, "n<5", false)]
    [InlineData(OutcomeMeasure.Rate, 0.6, 5, "60%", true)]
    [InlineData(OutcomeMeasure.Duration, 90, 2, "n<5", false)]
    [InlineData(OutcomeMeasure.Duration, 90, 7, "1.5 min", true)]
    public void Small_cells_are_suppressed(OutcomeMeasure measure, double value, int basis, string text, bool shown)
    {
        var cell = new OutcomeCell(measure, value, basis);

        Assert.Equal((text, shown), (cell.Text, cell.Shown));
    }

    [Fact]
    public async Task The_csv_has_a_line_per_figure_with_small_cells_suppressed_and_no_identifiers()
    {
        await using var site = PortalSite.Create();
        await OutcomeSeed.SeedAsync(site.Services, site.DatabasePath);
        using var portal = PortalSite.Client(site);
        await portal.SignInAsync();

        using var response = await portal.Http.GetAsync("/portal/outcomes.csv?from=2026-11-01&to=2026-11-30", TestContext.Current.CancellationToken);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("outcomes-2026-11-01-2026-11-30.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("from,to,section,figure,all,en,es,sms,webchat,other", lines[0]);
        Assert.Contains("2026-11-01,2026-11-30,activity,families_active,17,8,9,10,7,<5", lines);
        Assert.Contains("2026-11-01,2026-11-30,barrier_kinds,barrier.cost,<5,<5,0,<5,0,0", lines);
        Assert.Contains("2026-11-01,2026-11-30,confidence,confidence_before_mean,3.7,5.0,2.9,3.0,5.0,n<5", lines);
        Assert.Contains("2026-11-01,2026-11-30,confidence_distribution,after.7,8,0,8,8,0,0", lines);
        Assert.Contains("2026-11-01,2026-11-30,escalations,ack_p90,40 min,50 min,6 min,6 min,50 min,", lines);
        Assert.Contains("2026-11-01,2026-11-30,attendance,unreminded_rate,54%,57%,50%,50%,57%,", lines);
        Assert.Equal(1 + 1 + 3 + 5 + 5 + 22 + 2 + 13 + 6 + 8, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Equal(10, l.Split(',').Length));
        Assert.DoesNotContain("'", csv, StringComparison.Ordinal);
        foreach (var identifier in new[] { "fam-", "conv-", "visit-", "Ruiz", "hola", "carro", "+1" })
        {
            Assert.DoesNotContain(identifier, csv, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "Outcomes", "Families who wrote", "Transport", "With a reminder: attendance rate", "Spanish")]
    [InlineData("es", "Resultados", "Familias que escribieron", "Transporte", "Con recordatorio: porcentaje de asistencia", "Español")]
    public async Task The_page_reads_in_the_clinicians_language_with_a_chart_and_a_table_for_each(string language, string title, string families, string transport, string rate, string spanish)
    {
        await using var site = PortalSite.Create(PortalSite.Settings(language));
        await OutcomeSeed.SeedAsync(site.Services, site.DatabasePath);
        using var portal = PortalSite.Client(site);
        await portal.SignInAsync();

        var (_, queue) = await portal.GetAsync("/portal");
        var (status, html) = await portal.GetAsync("/portal/outcomes?from=2026-11-01&to=2026-11-30");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<a href=\"/portal/outcomes\">{title}</a>", queue, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"col\" class=\"number\">{spanish}</th>", html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{families}</th><td class=\"number\">17</td><td class=\"number\">8</td><td class=\"number\">9</td><td class=\"number\">10</td><td class=\"number\">7</td><td class=\"number suppressed\">&lt;5</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{rate}</th><td class=\"number\">85%</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/portal/outcomes.csv?from=2026-11-01&amp;to=2026-11-30\"", html, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(html, "<svg role=\"img\""));
        Assert.Equal(4, CountOf(html, "<table class=\"report chart-data\">"));
        Assert.Contains($">{transport}</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        foreach (var identifier in new[] { "fam-", "conv-", "visit-", "hola", "carro" })
        {
            Assert.DoesNotContain(identifier, html, StringComparison.Ordinal);
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static void Cells(OutcomesTable table, string section, string figure, params string[] expected) =>
        Assert.Equal(expected, table[section][figure].Cells.Select(c => c.Text));
}
