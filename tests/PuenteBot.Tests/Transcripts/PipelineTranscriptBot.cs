using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Transcripts;

/// <summary>Each step's activity straight into the real turn pipeline, as a channel adapter hands it over.</summary>
public sealed class PipelineTranscriptBot : ITranscriptBot
{
    private readonly TempFolder folder = new();
    private readonly BotServices bot;
    private readonly string channel;
    private readonly SmsReplyShaper shaper = new(Options.Create(new SmsOptions { PublicBaseUrl = TranscriptTests.PublicBaseUrl }));

    public PipelineTranscriptBot(Transcript transcript, string conversationId, TimeProvider clock)
    {
        channel = transcript.Channel;
        ConversationId = conversationId;
        bot = new BotServices(folder.ConnectionString, configure: services => services.AddSingleton(clock), settings: transcript.Settings);
    }

    public string ConversationId { get; }

    public string ConnectionString => folder.ConnectionString;

    public IServiceProvider Services => bot.Services;

    public IConversationStore Store => bot.Store;

    public async Task<TranscriptTurn> SendAsync(TranscriptStep step)
    {
        var result = await bot.SendAsync(ActivityFor(step));
        return new TranscriptTurn(
            [.. result.Replies.Select(TranscriptReply.Of)],
            ChannelIds.IsSms(channel) ? shaper.Texts(result.Replies) : []);
    }

    public async ValueTask DisposeAsync()
    {
        await bot.DisposeAsync();
        folder.Dispose();
    }

    private Activity ActivityFor(TranscriptStep step)
    {
        if (step.Event is { } name)
        {
            var activity = TestActivities.Create(ActivityTypes.Event, ConversationId, channel, step.Locale);
            activity.Name = name;
            activity.Value = step.Value is null ? null : JsonSerializer.SerializeToElement(step.Value);
            return activity;
        }

        return TestActivities.Message(ConversationId, step.User ?? string.Empty, channel, step.Locale);
    }
}
