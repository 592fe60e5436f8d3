using Xunit.Sdk;

namespace PuenteBot.Tests.Transcripts;

/// <summary>The runner itself: exact replies cannot silently become loose, and two-language scenarios run as each language.</summary>
public class TranscriptRunnerTests
{
    private const string GreetingOnly = """
        name: hi, expecting the greeting alone (the bot also asks for consent)
        channel: {0}
        steps:
          - user: hi
            bot:
              - says: Welcome.Greeting
        """;

    [Theory]
    [InlineData("test")]
    [InlineData("sms")]
    public async Task A_step_fails_when_the_turn_says_a_reply_it_does_not_list(string channel)
    {
        var transcript = TranscriptFiles.Parse(string.Format(GreetingOnly, channel), TranscriptFiles.AsWritten);

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => TranscriptRunner.RunAsync(transcript, $"runner/extra-reply-{channel}.yaml", TranscriptFiles.AsWritten));

        Assert.Contains("expected exactly these replies", failure.Message, StringComparison.Ordinal);
        Assert.Contains("2. Welcome.Consent:", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("test")]
    [InlineData("sms")]
    public async Task Extras_lets_other_replies_come_around_the_listed_ones(string channel)
    {
        var yaml = string.Format(GreetingOnly, channel).Replace("      - says: Welcome.Greeting", "      - says: Welcome.Greeting\n    extras: true", StringComparison.Ordinal);

        await TranscriptRunner.RunAsync(TranscriptFiles.Parse(yaml, TranscriptFiles.AsWritten), $"runner/extras-{channel}.yaml", TranscriptFiles.AsWritten);
    }

    [Fact]
    public async Task A_step_fails_when_a_listed_reply_is_missing()
    {
        var yaml = string.Format(GreetingOnly, "test") + "\n      - says: Welcome.Consent\n      - says: Menu.Prompt";

        await Assert.ThrowsAnyAsync<XunitException>(() => TranscriptRunner.RunAsync(TranscriptFiles.Parse(yaml, TranscriptFiles.AsWritten), "runner/missing-reply.yaml", TranscriptFiles.AsWritten));
    }

    [Fact]
    public async Task Segments_fails_when_the_turn_takes_more_sms_segments()
    {
        var yaml = string.Format(GreetingOnly, "sms").Replace("      - says: Welcome.Greeting", "      - says: Welcome.Greeting\n    extras: true\n    segments: 2", StringComparison.Ordinal);

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => TranscriptRunner.RunAsync(TranscriptFiles.Parse(yaml, TranscriptFiles.AsWritten), "runner/segments.yaml", TranscriptFiles.AsWritten));

        Assert.Contains("SMS segments, expected at most 2", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", "    silent: true")]
    [InlineData("false", "    bot:\n      - says: OptOut.Confirmed")]
    public async Task Stop_by_sms_is_confirmed_by_twilio_through_the_webhook_and_by_the_bot_without_it(string webhook, string expected)
    {
        var yaml = $"name: STOP\nchannel: sms\nwebhook: {webhook}\nsteps:\n  - user: hi\n  - user: STOP\n{expected}\n";

        await TranscriptRunner.RunAsync(TranscriptFiles.Parse(yaml, TranscriptFiles.AsWritten), $"runner/stop-webhook-{webhook}.yaml", TranscriptFiles.AsWritten);
    }

    [Fact]
    public async Task Wait_moves_the_clock_of_the_bot_behind_the_twilio_webhook()
    {
        var transcript = TranscriptFiles.Parse("""
            name: a caregiver texts again two days later, in the middle of choosing a guide
            channel: sms
            steps:
              - user: hi
              - user: "yes"
              - user: "4"
                bot:
                  - says: Handouts.Ask
              - wait: 2d
                user: hi
                bot:
                  - says: Disclosure.Notice
                  - says: Returning.Prompt.handouts
                    options: [Continue, Start over]
            """, TranscriptFiles.AsWritten);

        await TranscriptRunner.RunAsync(transcript, "runner/sms-two-days-later.yaml", TranscriptFiles.AsWritten);
    }

    [Theory]
    [InlineData("en", "hi", "Yes")]
    [InlineData("es", "hola", "Sí")]
    public void A_two_language_scenario_reads_each_value_in_the_language_it_runs_in(string language, string user, string yes)
    {
        var transcript = TranscriptFiles.Parse("""
            name: {en: welcome, es: bienvenida}
            steps:
              - user: {en: hi, es: hola}
                bot:
                  - says: Welcome.Greeting
                  - says: Welcome.Consent
                    options: {en: ["Yes", "No"], es: ["Sí", "No"]}
                state:
                  language: {en: en, es: es}
                notes:
                  "barriers[0].kind": ~
            """, language);

        Assert.Equal(user, transcript.Steps[0].User);
        Assert.Equal([yes, "No"], transcript.Steps[0].Bot[1].Options!);
        Assert.Equal(language, transcript.Steps[0].State!.Language);
        Assert.Null(transcript.Steps[0].Notes!["barriers[0].kind"]);
    }

    [Fact]
    public void Only_a_scenario_with_a_map_by_language_runs_in_both_languages()
    {
        var data = TranscriptFiles.All().Select(row => row.Data).ToList();

        Assert.Contains(data, row => row.Item2 == "en" && data.Contains((row.Item1, "es")));
        Assert.DoesNotContain(data, row => row.Item2 == TranscriptFiles.AsWritten && data.Any(other => other.Item1 == row.Item1 && other.Item2 != row.Item2));
    }
}
