using System.Collections.Concurrent;
using PuenteBot.Families;

namespace PuenteBot.Tests.Support;

/// <summary>The family store in memory, for tests that need an enrolled family before the database implementation exists.</summary>
public sealed class InMemoryFamilyStore : IFamilyStore
{
    private readonly ConcurrentDictionary<string, FamilyRecord> families = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> links = new(StringComparer.Ordinal);

    public Task CreateAsync(FamilyRecord family, CancellationToken cancellationToken)
    {
        families[family.Id] = family;
        return Task.CompletedTask;
    }

    public Task<FamilyRecord?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(families.GetValueOrDefault(id));

    public Task<FamilyRecord?> ForConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(links.TryGetValue(conversationId, out var id) ? families.GetValueOrDefault(id) : null);

    public Task LinkAsync(string conversationId, string familyId, CancellationToken cancellationToken)
    {
        links[conversationId] = familyId;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ConversationsAsync(string familyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. links.Where(l => l.Value == familyId).Select(l => l.Key).Order(StringComparer.Ordinal)]);

    public Task<IReadOnlyList<FamilyRecord>> SearchAsync(string text, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FamilyRecord>>([.. families.Values
            .Where(f => f.Mrn.StartsWith(text, StringComparison.OrdinalIgnoreCase)
                || f.ChildFirstName.Contains(text, StringComparison.OrdinalIgnoreCase)
                || f.CaregiverName.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Take(limit)]);
}
