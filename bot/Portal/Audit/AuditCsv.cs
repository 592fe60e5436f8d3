using System.Globalization;
using System.Text;
using PuenteBot.Audit;

namespace PuenteBot.Portal.Audit;

/// <summary>Audit rows as CSV (RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet never runs a cell as a formula).</summary>
internal static class AuditCsv
{
    public const string Header = "at,actor,action,escalation_id,family_id,detail";

    public static string Write(IEnumerable<AuditEntry> entries)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var entry in entries)
        {
            string[] cells = [entry.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), entry.Actor, entry.Action, entry.EscalationId ?? string.Empty, entry.FamilyId ?? string.Empty, entry.Detail ?? string.Empty];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>One cell, quoted when it must be and defused when a spreadsheet would read it as a formula.</summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
