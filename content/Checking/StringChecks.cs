using PuenteBot.Content.Handouts;

namespace PuenteBot.Content.Checking;

/// <summary>Every UI string key exists, with a value, in both languages.</summary>
internal static class StringChecks
{
    public static void Check(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> strings, List<string> problems)
    {
        var tables = HandoutLanguages.All.ToDictionary(
            l => l, l => strings.GetValueOrDefault(l) ?? new Dictionary<string, string>());
        var keys = tables.Values.SelectMany(t => t.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            foreach (var (language, table) in tables)
            {
                if (!table.TryGetValue(key, out var value))
                {
                    problems.Add($"string '{key}': missing in {language}");
                }
                else if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"string '{key}': empty in {language}");
                }
            }
        }
    }
}
