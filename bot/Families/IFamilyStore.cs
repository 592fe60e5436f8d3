namespace PuenteBot.Families;

/// <summary>The enrolled families (the <c>families</c> table) and which conversations belong to them.</summary>
public interface IFamilyStore
{
    /// <summary>Stores a new family; the record's <see cref="FamilyRecord.Id"/> is the caller's.</summary>
    Task CreateAsync(FamilyRecord family, CancellationToken cancellationToken);

    /// <summary>One family, or null when the id is unknown.</summary>
    Task<FamilyRecord?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Records the family's answer to reminders (null: not asked); false when the id is unknown.</summary>
    Task<bool> SetRemindersAsync(string familyId, bool? reminders, CancellationToken cancellationToken);

    /// <summary>The family a conversation is linked to, or null.</summary>
    Task<FamilyRecord?> ForConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Links a conversation to a family (a later link replaces an earlier one).</summary>
    Task LinkAsync(string conversationId, string familyId, CancellationToken cancellationToken);

    /// <summary>The conversations linked to a family, newest first.</summary>
    Task<IReadOnlyList<string>> ConversationsAsync(string familyId, CancellationToken cancellationToken);

    /// <summary>The families enrolled last, newest first; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<FamilyRecord>> RecentAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Families whose record number starts with, or whose child or caregiver name contains, <paramref name="text"/> (case and accents ignored); at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<FamilyRecord>> SearchAsync(string text, int limit, CancellationToken cancellationToken);
}
