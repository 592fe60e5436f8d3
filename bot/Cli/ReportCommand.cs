using System.Globalization;
using PuenteBot.Reports;
using PuenteBot.Reports.Outcomes;

namespace PuenteBot.Cli;

/// <summary>
/// <c>report crisis|outcomes --from YYYY-MM-DD --to YYYY-MM-DD</c>: prints the crisis referrals, or the outcomes
/// page's figures, of those UTC days (both included), counted without identifiers; exit 2 on wrong usage.
/// </summary>
public static class ReportCommand
{
    public const string Usage = "usage: report crisis|outcomes --from YYYY-MM-DD --to YYYY-MM-DD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        if (Parse(args) is not var (report, from, to))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        await Console.Out.WriteAsync(report == "outcomes"
            ? OutcomesText.Render(await services.GetRequiredService<OutcomesReport>().BuildAsync(from, to, cancellationToken))
            : CrisisReportText.Render(await services.GetRequiredService<CrisisReport>().BuildAsync(from, to, cancellationToken)));
        return 0;
    }

    internal static (string Report, DateOnly From, DateOnly To)? Parse(string[] args) =>
        args is [var report and ("crisis" or "outcomes"), "--from", var from, "--to", var to]
        && DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
        && DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
        && start <= end
            ? (report, start, end)
            : null;
}
