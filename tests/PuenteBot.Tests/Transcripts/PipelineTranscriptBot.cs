using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Tests.Dialogs.Visits;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Transcripts;

/// <summary>Each step's activity straight into the real turn pipeline, as a channel adapter hands it over.</summary>
public sealed class PipelineTranscriptBot : ITranscriptBot
{
    private readonly TempFolder folder = new();
    private readonly BotServices bot;
    private readonly string channel;
    private readonly TimeProvider clock;
    private readonly SmsReplyShaper shaper = new(Options.Create(new SmsOptions { PublicBaseUrl = TranscriptTests.PublicBaseUrl }));

    public PipelineTranscriptBot(Transcript transcript, string conversationId, TimeProvider clock)
    {
        channel = transcript.Channel;
        ConversationId = conversationId;
        this.clock = clock;
        bot = new BotServices(folder.ConnectionString, configure: services =>
        {
            services.AddSingleton(clock);
            services.AddSingleton(Visits);
            services.AddSingleton<IVisitReplies>(Visits);
            services.AddSingleton<IReminderConsent>(Visits);
        }, settings: transcript.Settings);
    }

    /// <summary>The answers the visit conversations recorded and the family's answer to reminders.</summary>
    public RecordingVisits Visits { get; } = new();

    public string ConversationId { get; }

    public string ConnectionString => folder.ConnectionString;

    public IServiceProvider Services => bot.Services;

    public IConversationStore Store => bot.Store;

    public async Task<TranscriptTurn> SendAsync(TranscriptStep step)
    {
        IReadOnlyList<Activity> replies = step.Visit is null && step.FollowUp is null
            ? (await bot.SendAsync(ActivityFor(step))).Replies
            : await OutreachAsync(step);
        return new TranscriptTurn(
            [.. replies.Select(TranscriptReply.Of)],
            ChannelIds.IsSms(channel) ? shaper.Texts(replies) : []);
    }

    /// <summary>A planned message, begun as the outreach worker begins it.</summary>
    private Task<IReadOnlyList<Activity>> OutreachAsync(TranscriptStep step) => step.Visit is { } visit
        ? OutreachStart.BeginAsync(bot.Services, clock, ConversationId, channel, visit.Language, VisitDialog.DialogId, visit.Visit())
        : OutreachStart.BeginAsync(bot.Services, clock, ConversationId, channel, step.FollowUp!.Language, FollowUpDialog.DialogId, step.FollowUp.FollowUp());

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
