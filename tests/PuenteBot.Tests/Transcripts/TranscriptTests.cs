using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Channels.Sms;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Transcripts;

/// <summary>Runs every scenario file through the real turn pipeline and database, as the channels do.</summary>
public class TranscriptTests
{
    /// <summary>Where the bot's clock stands when a scenario starts: Tuesday 1 December 2026, 9:00 in the clinic's default zone (America/Chicago).</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    /// <summary>The public address SMS links are rendered under in <c>sms:</c> expectations.</summary>
    public const string PublicBaseUrl = "https://puentebot.example.org";

    public static TheoryData<string> Scenarios => TranscriptFiles.All();

    private TranscriptSeen Seen { get; } = new();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario(string file)
    {
        var transcript = TranscriptFiles.Read(file);
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(Start);
        await using var bot = new BotServices(folder.ConnectionString, configure: services => services.AddSingleton<TimeProvider>(clock), settings: transcript.Settings);
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var conversationId = "transcript-" + Path.GetFileNameWithoutExtension(file);

        for (var i = 0; i < transcript.Steps.Count; i++)
        {
            var step = transcript.Steps[i];
            var where = $"{file}, step {i + 1} ({step.User ?? step.Event})";
            if (step.Wait is { } wait)
            {
                clock.Advance(TranscriptWait.Parse(wait));
            }

            var result = await bot.SendAsync(ActivityFor(step, conversationId, transcript.Channel));
            var stored = await bot.Store.LoadAsync(conversationId, TestContext.Current.CancellationToken);
            var said = new PuenteBot.Turns.TurnContext(TestActivities.Message(conversationId, null, transcript.Channel), stored.Data);

            if (step.Silent)
            {
                Assert.True(result.Replies.Count == 0, $"{where}: expected silence, got {Describe(result.Replies)}");
            }

            Seen.Record(step, result.Replies, transcript.Channel);
            Assert.True(!step.Exactly || result.Replies.Count == step.Bot.Count, $"{where}: expected exactly {step.Bot.Count} replies, got {Describe(result.Replies)}");
            var next = 0;
            foreach (var expected in step.Bot)
            {
                var found = FindFrom(result.Replies, next, reply => Matches(reply, expected, strings, said));
                Assert.True(found >= 0, $"{where}: no reply {Describe(expected, strings, said)} after reply {next}; got {Describe(result.Replies)}");
                next = found + 1;
            }

            await AssertStateAsync(step, stored.Data, folder, conversationId, where);
        }

        Seen.Write(file, transcript);
    }

    private static Activity ActivityFor(TranscriptStep step, string conversationId, string channel)
    {
        if (step.Event is { } name)
        {
            var activity = TestActivities.Create(ActivityTypes.Event, conversationId, channel, step.Locale);
            activity.Name = name;
            activity.Value = step.Value is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(step.Value);
            return activity;
        }

        return TestActivities.Message(conversationId, step.User ?? string.Empty, channel, step.Locale);
    }

    /// <summary>A reply matches when it is the UI string (as the turn would word it, in its language and channel), contains the text, and offers the options.</summary>
    private static bool Matches(Activity reply, ReplyExpectation expected, IStringLocalizer strings, ITurnContext said) =>
        (expected.Says is null || reply.Text == CrisisText.ForChannel(said.Activity.ChannelId, strings.For(said, expected.Says)))
        && (expected.Contains is null || reply.Text?.Contains(expected.Contains, StringComparison.Ordinal) == true)
        && (expected.Options is null || expected.Options.SequenceEqual(reply.SuggestedActions?.Actions?.Select(a => a.Title ?? string.Empty) ?? []))
        && (expected.Card is null || CardTitles(reply).Contains(expected.Card))
        && (expected.Sms is null || SmsText.Render(reply, PublicBaseUrl).Contains(expected.Sms, StringComparison.Ordinal));

    private static IEnumerable<string?> CardTitles(Activity reply) =>
        (reply.Attachments ?? []).Where(a => a.ContentType == HeroCard.ContentType && a.Content is not null)
            .Select(a => a.Content!.Value.Deserialize(ProtocolJsonContext.Default.HeroCard)?.Title);

    private static async Task AssertStateAsync(TranscriptStep step, ConversationData data, TempFolder folder, string conversationId, string where)
    {
        if (step.State is { } state)
        {
            Assert.True(state.Language is null || state.Language == data.Language, $"{where}: language {data.Language}");
            Assert.True(state.OptedOut is null || state.OptedOut == data.OptedOut, $"{where}: optedOut {data.OptedOut}");
            Assert.True(state.Stack is null || state.Stack.SequenceEqual(data.DialogStack.Select(d => d.Id)), $"{where}: stack {string.Join('/', data.DialogStack.Select(d => d.Id))}");
        }

        foreach (var (path, expected) in step.Notes ?? [])
        {
            var actual = NotesPath.Read(DialogJson.ToNode(data.Notes), path);
            Assert.True(expected == actual, $"{where}: notes {path} is {actual ?? "null"}, expected {expected ?? "null"}");
        }

        var rows = (await EscalationRows.ReadAsync(folder.ConnectionString)).Where(r => r.ConversationId == conversationId).ToList();
        if (step.Escalations is { } escalations)
        {
            Assert.True(escalations.SequenceEqual(rows.Select(r => r.Urgency)), $"{where}: escalations [{string.Join(", ", rows.Select(r => r.Urgency))}]");
        }

        if (step.Updates is { } updates)
        {
            var count = rows.Count == 0 ? 0 : (System.Text.Json.Nodes.JsonNode.Parse(rows[^1].Summary)?["updates"] as System.Text.Json.Nodes.JsonArray)?.Count ?? 0;
            Assert.True(updates == count, $"{where}: the last escalation has {count} updates, expected {updates}");
        }

        if (step.Reason is { } reason)
        {
            Assert.True(rows.Count > 0 && rows[^1].Reason == reason, $"{where}: reason {(rows.Count == 0 ? "(none)" : rows[^1].Reason)}, expected {reason}");
        }
    }

    private static int FindFrom(IReadOnlyList<Activity> replies, int start, Func<Activity, bool> match)
    {
        for (var i = start; i < replies.Count; i++)
        {
            if (match(replies[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(ReplyExpectation expected, IStringLocalizer strings, ITurnContext said) =>
        expected.Says is { } key ? $"saying {key} (\"{strings.For(said, key)}\")"
        : expected.Contains is { } text ? $"containing \"{text}\""
        : expected.Card is { } title ? $"with the card \"{title}\""
        : expected.Sms is { } sms ? $"reading on SMS \"{sms}\""
        : $"offering [{string.Join(", ", expected.Options ?? [])}]";

    private static string Describe(IReadOnlyList<Activity> replies) =>
        "[" + string.Join(" | ", replies.Select(r => r.Text + string.Concat(CardTitles(r).Select(t => " <card " + t + ">")) + (r.SuggestedActions?.Actions is { } a ? " {" + string.Join(", ", a.Select(x => x.Title)) + "}" : string.Empty))) + "]";
}
