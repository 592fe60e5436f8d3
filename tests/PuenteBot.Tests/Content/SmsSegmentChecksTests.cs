using PuenteBot.Cli;
using PuenteBot.Content.Checking;
using PuenteBot.Content.Sms;

namespace PuenteBot.Tests.Content;

public class SmsSegmentChecksTests
{
    private static readonly string Long = string.Join(' ', Enumerable.Repeat("Aquí tiene la información.", 8));

    [Fact]
    public void A_string_costs_what_its_sms_form_costs_when_it_has_one()
    {
        var checks = SmsSegmentChecks.Of(Strings(("Menu.Prompt", Long), ("Menu.Prompt.Sms", "¿De qué quiere hablar?")));

        var cost = Assert.Single(checks.Costs, c => c.Language == "es");
        Assert.Equal(("Menu.Prompt", true, SmsEncoding.Gsm7, 1), (cost.Key, cost.ShortForm, cost.Count.Encoding, cost.Count.Segments));
        Assert.Empty(checks.OverLimit);
    }

    [Fact]
    public void A_string_over_two_segments_is_flagged_with_its_encoding()
    {
        var checks = SmsSegmentChecks.Of(Strings(("Barriers.Ask", Long)));
        var output = new StringWriter();

        checks.WriteTo(output);

        var flagged = Assert.Single(checks.OverLimit, c => c.Language == "es");
        Assert.Equal((SmsEncoding.Ucs2, 4), (flagged.Count.Encoding, flagged.Count.Segments));
        Assert.Matches(@"(?m)^Barriers\.Ask +es +main +UCS-2 +215 +4  over 2$", output.ToString());
        Assert.Contains("es: 1 strings, 0 GSM-7, 1 UCS-2, 1 over 2 segments", output.ToString());
    }

    [Fact]
    public void Staff_and_web_page_strings_are_not_counted()
    {
        var checks = SmsSegmentChecks.Of(Strings(("Portal.Title", Long), ("Escalation.Summary", Long), ("Safety.Page.Intro", Long)));

        Assert.Empty(checks.Costs);
    }

    [Fact]
    public void Content_check_reports_the_sms_segments_of_the_shipped_strings()
    {
        var output = new StringWriter();

        Assert.Equal(0, ContentCommand.Run(["check"], output, new StringWriter()));

        Assert.Matches(@"(?m)^Welcome\.Greeting +es +sms +GSM-7 +\d+ +2$", output.ToString());
        Assert.Matches(@"(?m)^Crisis\.Urgent\.suicide +en +sms +GSM-7 +\d+ +[12]$", output.ToString());
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Strings(params (string Key, string Value)[] entries) => new()
    {
        ["en"] = entries.ToDictionary(e => e.Key, e => "Short."),
        ["es"] = entries.ToDictionary(e => e.Key, e => e.Value),
    };
}
