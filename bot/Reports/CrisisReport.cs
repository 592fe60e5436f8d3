namespace PuenteBot.Reports;

/// <summary>
/// Counts crisis referrals (urgent escalations) without identifiers: by danger kind (the escalation's reason),
/// the family's language and channel, with the time from the referral to a clinician's acknowledgement.
/// </summary>
public sealed class CrisisReport(ICrisisReferrals referrals)
{
    public const string All = "all";

    public async Task<CrisisReportTable> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var raised = (await referrals.ReadAsync(UtcDays.Start(from), UtcDays.Start(to.AddDays(1)), cancellationToken)).ToList();
        var rows = raised
            .GroupBy(r => (r.Kind, r.Language, r.Channel))
            .Select(g => Row(g.Key.Kind, g.Key.Language, g.Key.Channel, [.. g]))
            .OrderByDescending(r => r.Referrals).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Language, StringComparer.Ordinal).ThenBy(r => r.Channel, StringComparer.Ordinal)
            .ToList();
        return new CrisisReportTable(from, to, rows, Row(All, All, All, raised));
    }

    private static CrisisReportRow Row(string kind, string language, string channel, List<CrisisReferral> referrals)
    {
        var times = referrals.Where(r => r.ToAcknowledge is not null).Select(r => r.ToAcknowledge!.Value).Order().ToList();
        return new CrisisReportRow(kind, language, channel, referrals.Count, times.Count, ReportStatistics.Median(times), times.Count > 0 ? times[^1] : null);
    }
}
