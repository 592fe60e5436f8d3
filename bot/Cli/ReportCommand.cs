using System.Globalization;
using PuenteBot.Reports;

namespace PuenteBot.Cli;

/// <summary>
/// <c>report crisis --from YYYY-MM-DD --to YYYY-MM-DD</c>: prints the crisis referrals of those UTC days (both
/// included), counted without identifiers; exit 2 on wrong usage.
/// </summary>
public static class ReportCommand
{
    public const string Usage = "usage: report crisis --from YYYY-MM-DD --to YYYY-MM-DD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        if (Parse(args) is not var (from, to))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var table = await services.GetRequiredService<CrisisReport>().BuildAsync(from, to, cancellationToken);
        await Console.Out.WriteAsync(CrisisReportText.Render(table));
        return 0;
    }

    internal static (DateOnly From, DateOnly To)? Parse(string[] args) =>
        args is ["crisis", "--from", var from, "--to", var to]
        && DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
        && DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
        && start <= end
            ? (start, end)
            : null;
}
