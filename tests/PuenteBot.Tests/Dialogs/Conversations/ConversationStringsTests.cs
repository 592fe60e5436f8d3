using PuenteBot.Content.Checking;
using PuenteBot.Content.Sms;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Tests.Dialogs.Conversations;

public class ConversationStringsTests
{
    /// <summary>
    /// Each message of the handouts, talk-to-a-person and returning conversations, as SMS sends it (its SMS wording
    /// where it has one, arguments as long as a clinic's hours and phone), is one or two segments in both languages.
    /// </summary>
    [Theory]
    [InlineData("Handouts.Ask", "Handouts.Retry", "Handouts.Topic.", "Handouts.Intro.", "Handouts.Another", "Handouts.Done", "Handouts.NotFound")]
    [InlineData("Person.")]
    [InlineData("Returning.")]
    public void Every_text_fits_in_two_SMS_segments(params string[] prefixes)
    {
        var sizes = new List<string>();
        foreach (var (language, table) in StringTables.Embedded())
        {
            var keys = table.Keys.Where(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)) && !k.EndsWith(LocalizedText.SmsVariant, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(keys);
            foreach (var key in keys)
            {
                var text = string.Format(table.GetValueOrDefault(key + LocalizedText.SmsVariant) ?? table[key], "Mon-Fri 8am-5pm", "(555) 010-0199", "Weekdays after 3:30 PM, except Mondays");
                if (SmsSegments.Count(text).Segments > 2)
                {
                    sizes.Add($"{language} {key}: {SmsSegments.Count(text).Segments} segments");
                }
            }
        }

        Assert.True(sizes.Count == 0, string.Join("; ", sizes));
    }
}
