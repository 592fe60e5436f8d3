using System.Globalization;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Reports;

/// <summary>
/// Counts crisis referrals (urgent escalations) without identifiers: by danger kind (the escalation's reason),
/// the family's language and channel, with the time from the referral to a clinician's acknowledgement.
/// </summary>
public sealed class CrisisReport(SqliteDatabase database)
{
    public const string All = "all";

    private sealed record Referral(string Kind, string Language, string Channel, TimeSpan? ToAcknowledge);

    public async Task<CrisisReportTable> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var referrals = await ReadAsync(from, to, cancellationToken);
        var rows = referrals
            .GroupBy(r => (r.Kind, r.Language, r.Channel))
            .Select(g => Row(g.Key.Kind, g.Key.Language, g.Key.Channel, [.. g]))
            .OrderByDescending(r => r.Referrals).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Language, StringComparer.Ordinal).ThenBy(r => r.Channel, StringComparer.Ordinal)
            .ToList();
        return new CrisisReportTable(from, to, rows, Row(All, All, All, referrals));
    }

    private static CrisisReportRow Row(string kind, string language, string channel, List<Referral> referrals)
    {
        var times = referrals.Where(r => r.ToAcknowledge is not null).Select(r => r.ToAcknowledge!.Value).Order().ToList();
        return new CrisisReportRow(kind, language, channel, referrals.Count, times.Count, Median(times), times.Count > 0 ? times[^1] : null);
    }

    private static TimeSpan? Median(List<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };

    private async Task<List<Referral>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT reason, COALESCE(json_extract(summary, '$.language'), 'unknown'), COALESCE(json_extract(summary, '$.channel'), 'unknown'),
                   created_at, acknowledged_at
            FROM escalations WHERE urgency = $urgent AND created_at >= $from AND created_at < $until
            """;
        command.Parameters.AddWithValue("$urgent", Urgency.Urgent);
        command.Parameters.AddWithValue("$from", Day(from));
        command.Parameters.AddWithValue("$until", Day(to.AddDays(1)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var referrals = new List<Referral>();
        while (await reader.ReadAsync(cancellationToken))
        {
            TimeSpan? toAcknowledge = reader.IsDBNull(4) ? null : Parse(reader.GetString(4)) - Parse(reader.GetString(3));
            referrals.Add(new Referral(reader.GetString(0), reader.GetString(1), reader.GetString(2), toAcknowledge));
        }

        return referrals;
    }

    private static string Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}
