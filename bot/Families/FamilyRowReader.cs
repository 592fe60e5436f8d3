using System.Data.Common;
using System.Globalization;
using System.Text;

namespace PuenteBot.Families;

/// <summary>Reads <c>families</c> rows the same way on both databases.</summary>
internal static class FamilyRowReader
{
    public const string Columns = "f.id, f.mrn, f.child_first_name, f.caregiver_name, f.phone, f.language, f.channel, f.clinician, f.created_at, f.reminders";

    /// <summary>The first column of every row (a family's conversation ids).</summary>
    public static async Task<IReadOnlyList<string>> ReadIdsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public static async Task<IReadOnlyList<FamilyRecord>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var families = new List<FamilyRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            families.Add(new FamilyRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                PuenteBot.Escalations.EscalationRowReader.Time(reader.GetValue(8)))
            {
                Reminders = reader.IsDBNull(9) ? null : reader.GetBoolean(9),
            });
        }

        return families;
    }

    /// <summary>
    /// The child's and the caregiver's names as a search matches them (<c>families.search_names</c>): folded by
    /// <see cref="Fold"/> in .NET, so both databases ignore case and accents alike ("jimenez" finds "Jiménez").
    /// </summary>
    public static string SearchNames(FamilyRecord family) => Fold(family.ChildFirstName + " " + family.CaregiverName);

    /// <summary>Lower case without accents or other combining marks ("PÉREZ Núñez" → "perez nunez").</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            kept.Append(c);
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The SQL LIKE pattern for "contains", with the wildcards a user typed taken literally (escape character <c>\</c>).</summary>
    public static string Contains(string text) => "%" + Literal(text) + "%";

    public static string StartsWith(string text) => Literal(text) + "%";

    private static string Literal(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
