using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Protocol;
using PuenteBot.Tests.Support;
using PuenteBot.Tests.Transcripts;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>One turn of an SMS conversation: the scenario it comes from, the caregiver's message and the bot's replies (not yet shaped), in the reply's language.</summary>
public sealed record SmsTurn(string Scenario, string User, IReadOnlyList<Activity> Replies)
{
    public string Language => Replies.Select(r => r.Locale).LastOrDefault(l => l is not null) ?? "en";
}

/// <summary>
/// Typical conversations by SMS: every transcript scenario replayed on channel "sms" (each caregiver message, on the
/// scenario's settings and clock, through the real turn pipeline and a real SQLite file), whatever channel the
/// scenario itself is written for; and a first message in each language. The visit scenarios are left out: their
/// replies answer a planned message this replay does not send (their SMS cost is tested in VisitWordingTests and
/// with <c>segments:</c>).
/// </summary>
public static class SmsCostCorpus
{
    private static readonly Lazy<Task<IReadOnlyList<SmsTurn>>> Replayed = new(ReplayAllAsync);

    /// <summary>Replayed once per test run.</summary>
    public static Task<IReadOnlyList<SmsTurn>> TurnsAsync() => Replayed.Value;

    /// <summary>The replies to a first "hi" or "hola" by SMS: the welcome and the consent question.</summary>
    public static async Task<SmsTurn> WelcomeAsync(string firstMessage)
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var result = await bot.SendAsync(TestActivities.Message("sms-welcome-" + firstMessage, firstMessage, "sms"));
        return new SmsTurn("welcome", firstMessage, result.Replies);
    }

    private static async Task<IReadOnlyList<SmsTurn>> ReplayAllAsync()
    {
        var turns = new List<SmsTurn>();
        foreach (var (file, language) in TranscriptFiles.All(except: VisitTranscriptTests.Folder).Select(row => row.Data))
        {
            turns.AddRange(await ReplayAsync(file, language));
        }

        return turns;
    }

    private static async Task<List<SmsTurn>> ReplayAsync(string file, string language)
    {
        var transcript = TranscriptFiles.Read(file, language);
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(TranscriptTests.Start);
        await using var bot = new BotServices(folder.ConnectionString, configure: services => services.AddSingleton<TimeProvider>(clock), settings: transcript.Settings);
        var conversationId = "sms-cost-" + Path.GetFileNameWithoutExtension(file) + "-" + language.Replace(" ", "-", StringComparison.Ordinal);
        var turns = new List<SmsTurn>();
        if (transcript.Enrolled)
        {
            await TranscriptRunner.EnrolAsync(bot.Store, conversationId, "sms", clock);
        }

        foreach (var step in transcript.Steps.Where(s => s.User is not null))
        {
            if (step.Wait is { } wait)
            {
                clock.Advance(TranscriptWait.Parse(wait));
            }

            var result = await bot.SendAsync(TestActivities.Message(conversationId, step.User, "sms", step.Locale));
            if (result.Replies.Any(r => r.Type is null or ActivityTypes.Message))
            {
                turns.Add(new SmsTurn(file, step.User!, result.Replies));
            }
        }

        return turns;
    }
}
