using PuenteBot.Content.Handouts;
using PuenteBot.Content.Sms;

namespace PuenteBot.Content.Checking;

/// <summary>What one family-facing string costs on SMS in one language: the wording sent (its <c>.Sms</c> variant when there is one) and its segments.</summary>
public sealed record SmsStringCost(string Key, string Language, bool ShortForm, SmsSegmentCount Count);

/// <summary>
/// The SMS cost of every UI string a family can receive by text message (all but the staff-facing
/// <c>Escalation.*</c> and <c>Portal.*</c> and the wording of web pages and web chat), per language: the <c>.Sms</c> variant when
/// the content gives one, else the string itself, counted as sent (placeholders such as <c>{0}</c> as written).
/// Strings over <see cref="MaxSegments"/> segments are listed for a shorter SMS wording; they do not fail the check,
/// since a crisis line keeps every number and instruction even when that costs a third segment.
/// </summary>
public sealed class SmsSegmentChecks(IReadOnlyList<SmsStringCost> costs)
{
    public const int MaxSegments = 2;

    private const string SmsVariant = ".Sms";

    /// <summary>Staff-facing strings and the wording of web pages and web chat, which never go by SMS.</summary>
    private static readonly string[] NotForSms =
        ["Escalation.", "Portal.", "WebChat.", "Safety.Page.", "Handouts.Page.", "Handouts.Index.", "Handouts.NotFound.Title", "Handouts.NotFound.Text", "Handouts.Card."];

    public IReadOnlyList<SmsStringCost> Costs { get; } = costs;

    public IEnumerable<SmsStringCost> OverLimit => Costs.Where(c => c.Count.Segments > MaxSegments);

    public static SmsSegmentChecks Of(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> strings) =>
        new([.. HandoutLanguages.All.SelectMany(language => CostsIn(language, strings.GetValueOrDefault(language) ?? new Dictionary<string, string>()))]);

    public void WriteTo(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("SMS segments of the UI strings (the .Sms form when there is one; GSM-7 160/153 septets, UCS-2 70/67 units):");
        foreach (var language in HandoutLanguages.All)
        {
            var mine = Costs.Where(c => c.Language == language).ToList();
            var gsm = mine.Count(c => c.Count.Encoding == SmsEncoding.Gsm7);
            output.WriteLine($"  {language}: {mine.Count} strings, {gsm} GSM-7, {mine.Count - gsm} UCS-2, {mine.Count(c => c.Count.Segments > MaxSegments)} over {MaxSegments} segments");
        }

        output.WriteLine($"{"key",-52} {"lang",4} {"form",5} {"enc",5} {"units",5} {"segs",4}");
        foreach (var cost in Costs.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Language, StringComparer.Ordinal))
        {
            var flag = cost.Count.Segments > MaxSegments ? "  over " + MaxSegments : string.Empty;
            output.WriteLine($"{cost.Key,-52} {cost.Language,4} {(cost.ShortForm ? "sms" : "main"),5} {Name(cost.Count.Encoding),5} {cost.Count.Units,5} {cost.Count.Segments,4}{flag}");
        }
    }

    private static IEnumerable<SmsStringCost> CostsIn(string language, IReadOnlyDictionary<string, string> table) =>
        table.Keys
            .Where(key => !key.EndsWith(SmsVariant, StringComparison.Ordinal) && !NotForSms.Any(p => key.StartsWith(p, StringComparison.Ordinal)))
            .Select(key => table.TryGetValue(key + SmsVariant, out var sms)
                ? new SmsStringCost(key, language, true, SmsSegments.Count(sms))
                : new SmsStringCost(key, language, false, SmsSegments.Count(table[key])));

    private static string Name(SmsEncoding encoding) => encoding == SmsEncoding.Gsm7 ? "GSM-7" : "UCS-2";
}
