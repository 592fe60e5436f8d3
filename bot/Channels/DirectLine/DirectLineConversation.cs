using System.Globalization;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// One conversation's activity history, both ways, in order: what polling and the WebSocket stream serve.
/// Activity ids are "{conversationId}|{sequence}"; the watermark is the count of activities seen.
/// </summary>
public sealed class DirectLineConversation(string id, DateTimeOffset createdAt)
{
    private readonly List<Activity> activities = [];
    private readonly Lock gate = new();
    private TaskCompletionSource changed = NewSignal();
    private CancellationTokenSource? stream;

    public string Id { get; } = id;

    public DateTimeOffset LastUsedAt { get; private set; } = createdAt;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return activities.Count;
            }
        }
    }

    /// <summary>Gives the activity its id and time and adds it to the history, waking any stream.</summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            activity.Id = $"{Id}|{activities.Count + 1:D7}";
            activity.Timestamp = now;
            activity.Conversation = new ConversationAccount { Id = Id };
            activities.Add(activity);
            LastUsedAt = now;
            signal = changed;
            changed = NewSignal();
        }

        signal.TrySetResult();
        return activity;
    }

    /// <summary>The activities after <paramref name="watermark"/> (typing only for streams), and the new watermark.</summary>
    public ActivitySet Since(int watermark, bool includeTyping)
    {
        lock (gate)
        {
            var from = Math.Clamp(watermark, 0, activities.Count);
            var found = activities.Skip(from).Where(a => includeTyping || a.Type != ActivityTypes.Typing).ToList();
            return new ActivitySet(found, activities.Count.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Completes when an activity is added after <paramref name="watermark"/>.</summary>
    public Task WaitForMoreAsync(int watermark, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return activities.Count > watermark ? Task.CompletedTask : changed.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Claims the conversation's one stream, ending the previous one ("collision").</summary>
    public CancellationTokenSource ClaimStream(CancellationToken requestAborted)
    {
        var claimed = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        CancellationTokenSource? previous;
        lock (gate)
        {
            previous = stream;
            stream = claimed;
        }

        previous?.Cancel();
        return claimed;
    }

    public void Touch(DateTimeOffset now)
    {
        lock (gate)
        {
            LastUsedAt = now;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
