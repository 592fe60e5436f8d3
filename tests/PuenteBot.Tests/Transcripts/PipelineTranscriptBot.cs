using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Portal.Handoff;
using PuenteBot.Proactive;
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

    /// <summary>
    /// What the outreach worker does, under the conversation lock: nothing during a live handoff, a crisis episode or
    /// after an opt-out; else the stack cleared and the visit conversation (or the follow-up) begun. The first planned
    /// message also remembers the family's channel, as enrolment does, so it is worded for it.
    /// </summary>
    private async Task<IReadOnlyList<Activity>> OutreachAsync(TranscriptStep step)
    {
        var dialogs = bot.Services.GetRequiredService<DialogRunner>();
        var editor = new ConversationEditor(bot.Store, bot.Services.GetRequiredService<ConversationLocks>(), clock);
        var outreach = step.Visit ?? step.FollowUp!;
        await editor.EditAsync(ConversationId, (context, _) =>
        {
            var known = FamilyReference.Read(context.Conversation) is not null;
            if (!known)
            {
                FamilyReference.Remember(context.Conversation, TestActivities.Message(ConversationId, null, channel));
            }

            return Task.FromResult(!known);
        }, TestContext.Current.CancellationToken);
        var edit = await editor.EditAsync(ConversationId, async (context, token) =>
        {
            var data = context.Conversation;
            if (data.Handoff is not null || CrisisEpisode.IsOpen(data) || data.OptedOut)
            {
                return false;
            }

            data.Language ??= outreach.Language;
            data.DialogStack.Clear();
            var dc = dialogs.CreateContext(context);
            await (step.Visit is { } visit
                ? dc.BeginDialogAsync(VisitDialog.DialogId, visit.Visit(), token)
                : dc.BeginDialogAsync(FollowUpDialog.DialogId, outreach.FollowUp(), token));
            return true;
        }, TestContext.Current.CancellationToken);
        return edit?.Replies ?? throw new InvalidOperationException("The scenario's conversation does not exist yet: an outreach step needs an enrolled family.");
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
