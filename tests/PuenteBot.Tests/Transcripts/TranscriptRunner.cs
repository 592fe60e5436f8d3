using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// Runs one scenario on a fake clock (see <see cref="TranscriptTests.Start"/>): each step's message to the bot, then its
/// replies, state, care notes and escalations checked; the conversation as the family saw it is written for people to read.
/// </summary>
public static class TranscriptRunner
{
    /// <param name="file">The scenario's path under Scenarios (names the conversation and the written transcript).</param>
    /// <param name="language">The language a two-language scenario runs in, or <see cref="TranscriptFiles.AsWritten"/>.</param>
    public static async Task RunAsync(Transcript transcript, string file, string language)
    {
        var name = language == TranscriptFiles.AsWritten ? file : $"{file} ({language})";
        var clock = new FakeTimeProvider(TranscriptTests.Start);
        await using var bot = await StartAsync(transcript, "transcript-" + Path.GetFileNameWithoutExtension(file), clock);
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var seen = new TranscriptSeen();
        if (transcript.Enrolled)
        {
            await EnrolAsync(bot.Store, bot.ConversationId, transcript.Channel, clock);
        }

        try
        {
            for (var i = 0; i < transcript.Steps.Count; i++)
            {
                var step = transcript.Steps[i];
                if (step.Wait is { } wait)
                {
                    clock.Advance(TranscriptWait.Parse(wait));
                }

                var turn = await bot.SendAsync(step);
                seen.Record(step, turn, transcript.Channel);
                var stored = await bot.Store.LoadAsync(bot.ConversationId, TestContext.Current.CancellationToken);
                var said = new TurnContext(TestActivities.Message(bot.ConversationId, null, transcript.Channel), stored.Data);
                var where = $"{name}, step {i + 1} ({step.User ?? step.Event ?? (step.Visit is { } visit ? "visit: " + visit.Kind : "followUp:")})";
                TranscriptReplies.Check(step, turn, strings, said, where);
                await TranscriptState.CheckAsync(step, stored.Data, bot, where);
            }
        }
        finally
        {
            seen.Write(language == TranscriptFiles.AsWritten ? file : Path.ChangeExtension(file, language + ".yaml"), transcript);
        }
    }

    /// <summary>Saves the conversation's first state as an enrolled family's, as the clinic's invitation starts it.</summary>
    public static async Task EnrolAsync(IConversationStore store, string conversationId, string channel, TimeProvider clock)
    {
        var write = new ConversationWrite(conversationId, channel, 0, new ConversationData { FamilyId = "family-transcript" }, [], [], clock.GetUtcNow());
        Assert.True(await store.TrySaveAsync(write, TestContext.Current.CancellationToken), "the enrolled family's first state was not saved");
    }

    /// <summary>SMS goes through the Twilio webhook unless the scenario says <c>webhook: false</c>.</summary>
    public static bool UsesWebhook(Transcript transcript) =>
        transcript.Webhook is true && !ChannelIds.IsSms(transcript.Channel)
            ? throw new InvalidOperationException($"webhook: true is for channel: sms, not {transcript.Channel}.")
            : transcript.Webhook ?? ChannelIds.IsSms(transcript.Channel);

    private static async Task<ITranscriptBot> StartAsync(Transcript transcript, string conversationId, TimeProvider clock) =>
        UsesWebhook(transcript)
            ? await TwilioTranscriptBot.StartAsync(transcript, clock)
            : new PipelineTranscriptBot(transcript, conversationId, clock);
}
