using System.Globalization;
using PuenteBot.Audit;

namespace PuenteBot.Portal.Audit;

/// <summary>Reads the audit page's filters from its query string: escalation, actor, action, from and to (clinic-time dates, both days included), page.</summary>
internal static class AuditFilter
{
    public static AuditQuery From(HttpRequest request, TimeZoneInfo zone)
    {
        string? Value(string name) => request.Query[name].ToString().Trim() is { Length: > 0 } value ? value : null;
        DateTimeOffset? Day(string name, int addDays) =>
            DateOnly.TryParseExact(Value(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? new DateTimeOffset(day.AddDays(addDays).ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(day.AddDays(addDays).ToDateTime(TimeOnly.MinValue)))
                : null;
        var page = int.TryParse(Value("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Max(1, number) : 1;
        return new AuditQuery(
            Value("escalation"),
            Value("actor"),
            Value("action") is { } action && AuditActions.All.Contains(action) ? action : null,
            Day("from", 0),
            Day("to", 1),
            page);
    }
}
