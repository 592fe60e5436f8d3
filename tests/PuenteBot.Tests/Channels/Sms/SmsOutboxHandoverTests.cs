using PuenteBot.Channels.Sms;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>The hand-over of a turn's replies between the TwiML answer and the outbox, step by step: each reply goes one way.</summary>
public class SmsOutboxHandoverTests
{
    private static readonly IReadOnlyList<Activity> Replies = [Activity.Message("uno"), Activity.Message("dos")];

    private static SmsOutboxHandover Handover() => new("c", replies => [.. replies.Select(r => r.Text!)]);

    [Fact]
    public async Task A_webhook_that_stopped_waiting_gets_the_replies_written_with_the_save()
    {
        var handover = Handover();

        Assert.True(await handover.TryDeferAsync(TestContext.Current.CancellationToken));
        var sealedDelivery = handover.Seal(Replies, new ConversationData { OptedOut = true });
        handover.Settled(committed: true);

        Assert.Equal(("c", true), (sealedDelivery!.ConversationId, sealedDelivery.DespiteOptOut));
        Assert.Equal(["uno", "dos"], sealedDelivery.Texts);
        Assert.Same(sealedDelivery, handover.Written);
    }

    [Fact]
    public async Task A_save_that_committed_without_the_replies_keeps_them_for_the_answer()
    {
        var handover = Handover();

        Assert.Null(handover.Seal(Replies, new ConversationData()));
        handover.Settled(committed: true);

        Assert.False(await handover.TryDeferAsync(TestContext.Current.CancellationToken));
        Assert.Null(handover.Written);
    }

    [Fact]
    public async Task A_window_that_closes_during_the_commit_waits_for_it_and_then_answers()
    {
        var handover = Handover();
        Assert.Null(handover.Seal(Replies, new ConversationData()));

        var defer = handover.TryDeferAsync(TestContext.Current.CancellationToken);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.False(defer.IsCompleted);
        handover.Settled(committed: true);

        Assert.False(await defer);
        Assert.Null(handover.Written);
    }

    [Fact]
    public async Task A_save_that_did_not_commit_decides_nothing_and_the_next_one_writes_the_replies()
    {
        var handover = Handover();
        Assert.Null(handover.Seal(Replies, new ConversationData()));

        var defer = handover.TryDeferAsync(TestContext.Current.CancellationToken);
        handover.Settled(committed: false);
        Assert.True(await defer);
        var retried = handover.Seal(Replies, new ConversationData());
        handover.Settled(committed: true);

        Assert.NotNull(retried);
        Assert.Same(retried, handover.Written);
    }

    [Fact]
    public async Task Rows_of_a_save_that_rolled_back_are_not_taken_as_written()
    {
        var handover = Handover();
        Assert.True(await handover.TryDeferAsync(TestContext.Current.CancellationToken));

        Assert.NotNull(handover.Seal(Replies, new ConversationData()));
        handover.Settled(committed: false);

        Assert.Null(handover.Written);
    }

    [Fact]
    public async Task When_twilio_stops_waiting_during_the_commit_the_replies_are_the_outboxs()
    {
        var handover = Handover();
        Assert.Null(handover.Seal(Replies, new ConversationData()));
        using var twilio = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.True(await handover.TryDeferAsync(twilio.Token));
        handover.Settled(committed: false);

        Assert.NotNull(handover.Seal(Replies, new ConversationData()));
    }

    [Fact]
    public void A_turn_without_replies_writes_no_rows()
    {
        var handover = Handover();
        handover.CallerGone();

        Assert.Null(handover.Seal([], new ConversationData()));
        handover.Settled(committed: true);

        Assert.Null(handover.Written);
    }
}
