using System.Collections.Concurrent;
using PuenteBot.Dialogs.Visits;

namespace PuenteBot.Tests.Dialogs.Visits;

/// <summary>
/// The visit conversations' seams as the tests see them: every answer recorded (<see cref="IVisitReplies"/>), in
/// order, and each family's answer to reminders (<see cref="IReminderConsent"/>), in memory.
/// </summary>
public sealed class RecordingVisits : IVisitReplies, IReminderConsent
{
    private readonly ConcurrentQueue<VisitReply> replies = new();
    private readonly ConcurrentDictionary<string, bool> consent = new(StringComparer.Ordinal);

    public IReadOnlyList<VisitReply> Replies => [.. replies];

    public Task RecordAsync(VisitReply reply, CancellationToken cancellationToken)
    {
        replies.Enqueue(reply);
        return Task.CompletedTask;
    }

    public Task<bool?> GetAsync(string familyId, CancellationToken cancellationToken) =>
        Task.FromResult(consent.TryGetValue(familyId, out var wanted) ? wanted : (bool?)null);

    public Task SetAsync(string familyId, bool wanted, CancellationToken cancellationToken)
    {
        consent[familyId] = wanted;
        return Task.CompletedTask;
    }
}
