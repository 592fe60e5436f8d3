using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Content.Sms;
using PuenteBot.Protocol;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>
/// What SMS costs families over typical conversations (<see cref="SmsCostCorpus"/>), counted as carriers do (GSM-7
/// 160/153, UCS-2 70/67, extension characters 2): the segments of each reply (everything sent for one message of the
/// caregiver, all its parts), by language. The figures are written to TestResults/artifacts/sms-segments.md
/// (the ones in docs/sms.md).
/// </summary>
public partial class SmsCostTests
{
    private static readonly SmsReplyShaper Accents = Shaper(gsm7Only: false);
    private static readonly SmsReplyShaper Gsm7Only = Shaper(gsm7Only: true);

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Half_the_replies_or_more_take_at_most_two_segments(string language)
    {
        var segments = (await SmsCostCorpus.TurnsAsync()).Where(t => t.Language == language).Select(t => Segments(Accents, t)).ToList();

        Assert.True(segments.Count > 100, $"only {segments.Count} {language} turns");
        Assert.True(Median(segments) <= 2, $"{language}: median {Median(segments)} segments per reply");
    }

    [Theory]
    [InlineData("hi", "en")]
    [InlineData("hola", "es")]
    public async Task The_welcome_and_consent_take_at_most_four_segments_with_the_question_beside_its_answers(string first, string language)
    {
        var welcome = await SmsCostCorpus.WelcomeAsync(first);
        var parts = Accents.Texts(welcome.Replies);

        Assert.Equal(language, welcome.Language);
        Assert.True(Segments(Accents, welcome) <= 4, $"{Segments(Accents, welcome)} segments: {string.Join(" | ", parts)}");
        Assert.Matches(@"\?\n1\. \S+\n2\. No$", parts[^1]);
    }

    [Fact]
    public async Task No_numbered_list_is_split_between_parts()
    {
        var turns = await SmsCostCorpus.TurnsAsync();
        var checkedLists = 0;
        foreach (var turn in turns)
        {
            var parts = Accents.Texts(turn.Replies);
            foreach (var list in Lists(turn))
            {
                checkedLists++;
                Assert.True(parts.Any(p => p.Contains(list, StringComparison.Ordinal)), $"{turn.Scenario} \"{turn.User}\": the list\n{list}\nis split in\n{string.Join("\n---\n", parts)}");
            }
        }

        Assert.True(checkedLists > 100, $"only {checkedLists} lists");
    }

    [Fact]
    public async Task Gsm7_only_spanish_sends_every_part_in_gsm7_and_keeps_the_letters_gsm7_has()
    {
        var spanish = (await SmsCostCorpus.TurnsAsync()).Where(t => t.Language == "es").ToList();
        var parts = spanish.SelectMany(t => Gsm7Only.Texts(t.Replies)).ToList();

        Assert.All(parts, part => Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count(part).Encoding));
        Assert.Contains(parts, part => part.Contains('ñ') && part.Contains('é') && part.Contains('¿'));
        Assert.True(Median([.. spanish.Select(t => Segments(Gsm7Only, t))]) <= Median([.. spanish.Select(t => Segments(Accents, t))]));
    }

    [Fact]
    public async Task The_figures_are_written_for_the_docs()
    {
        var turns = await SmsCostCorpus.TurnsAsync();
        var figures = new StringBuilder("| language | Spanish setting | replies | median | mean | 90th percentile | max | parts in UCS-2 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var (language, shaper, setting) in new[] { ("en", Accents, "-"), ("es", Accents, "accents (default)"), ("es", Gsm7Only, "`Gsm7Only`") })
        {
            var mine = turns.Where(t => t.Language == language).ToList();
            var segments = mine.Select(t => Segments(shaper, t)).Order().ToList();
            var parts = mine.SelectMany(t => shaper.Texts(t.Replies)).ToList();
            var ucs2 = parts.Count(p => SmsSegments.Count(p).Encoding == SmsEncoding.Ucs2);
            figures.Append(CultureInfo.InvariantCulture, $"| {language} | {setting} | {segments.Count} | {Median(segments)} | {segments.Average():0.00} | {segments[(int)(segments.Count * 0.9)]} | {segments[^1]} | {ucs2} of {parts.Count} |\n");
        }

        foreach (var (first, language) in new[] { ("hi", "en"), ("hola", "es") })
        {
            var welcome = await SmsCostCorpus.WelcomeAsync(first);
            var parts = Accents.Texts(welcome.Replies);
            figures.Append(CultureInfo.InvariantCulture, $"\nWelcome and consent ({language}): {Segments(Accents, welcome)} segments, parts: {parts.Count}\n\n```text\n{string.Join("\n---\n", parts)}\n```\n");
        }

        File.WriteAllText(Artifacts.PathFor("sms-segments.md"), figures.ToString());
        Assert.Contains("| es | accents (default) |", figures.ToString());
    }

    private static SmsReplyShaper Shaper(bool gsm7Only) =>
        new(Options.Create(new SmsOptions { PublicBaseUrl = "https://puentebot.example.org", Spanish = new SmsSpanishOptions { Gsm7Only = gsm7Only } }));

    private static int Segments(SmsReplyShaper shaper, SmsTurn turn) => shaper.Texts(turn.Replies).Sum(p => SmsSegments.Count(p).Segments);

    private static int Median(List<int> values) => values.Order().ElementAt((values.Count - 1) / 2);

    /// <summary>The numbered lists the turn's replies hold as SMS renders them ("1. …" lines in a row).</summary>
    private static IEnumerable<string> Lists(SmsTurn turn) =>
        turn.Replies.Where(r => r.Type is null or ActivityTypes.Message)
            .Select(r => SmsText.Render(r, "https://puentebot.example.org"))
            .SelectMany(text => NumberedList().Matches(text).Select(m => m.Value));

    [GeneratedRegex(@"(?m)^1\. .*(?:\n\d+\. .*)*")]
    private static partial Regex NumberedList();
}
