using PuenteBot.Content.Checking;
using PuenteBot.Content.Sms;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Tests.Dialogs.Barriers;

public class BarrierStringsTests
{
    /// <summary>Each message of the barriers conversation, as SMS sends it (its SMS wording where it has one), is one or two segments.</summary>
    [Fact]
    public void Every_barriers_text_fits_in_two_SMS_segments_in_both_languages()
    {
        var sizes = new List<string>();
        foreach (var (language, table) in StringTables.Embedded())
        {
            var keys = table.Keys.Where(k => k.StartsWith("Barriers.", StringComparison.Ordinal) && !k.EndsWith(LocalizedText.SmsVariant, StringComparison.Ordinal)).ToList();
            Assert.True(keys.Count > 80, $"{language}: {keys.Count} barriers strings");
            foreach (var key in keys)
            {
                var text = table.GetValueOrDefault(key + LocalizedText.SmsVariant) ?? table[key];
                var count = SmsSegments.Count(text);
                if (count.Segments > 2)
                {
                    sizes.Add($"{language} {key}: {count.Segments} segments");
                }
            }
        }

        Assert.Empty(sizes);
    }
}
