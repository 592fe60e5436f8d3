using PuenteBot.Escalations.Cases;
using PuenteBot.Families;

namespace PuenteBot.Portal.Queue;

/// <summary>
/// The queue's filters, from its query string: case state, urgency, owner (a portal user), the family's language, and
/// a search by record number or name (families found by <see cref="IFamilyStore.SearchAsync"/>, matched to
/// escalations by their conversations). Empty values mean any.
/// </summary>
public sealed record QueueFilter(string? State, string? Urgency, string? Clinician, string? Language, string? Search)
{
    private const int MaxFamilies = 20;

    public static QueueFilter From(HttpRequest request)
    {
        string? Value(string name) => request.Query[name].ToString().Trim() is { Length: > 0 } value ? value : null;
        return new QueueFilter(
            Value("state") is { } state && CaseStates.All.Contains(state) ? state : null,
            Value("urgency"),
            Value("clinician"),
            Value("language"),
            Value("search"));
    }

    /// <summary>The query string that gives these filters back ("" when there are none), for the polled table.</summary>
    public string QueryString => Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
    {
        ["state"] = State,
        ["urgency"] = Urgency,
        ["clinician"] = Clinician,
        ["language"] = Language,
        ["search"] = Search,
    }.Where(pair => pair.Value is not null)).ToUriComponent();

    /// <summary>
    /// The queue's rows for these filters. Without a family store (not registered yet) a search finds nothing rather
    /// than everything.
    /// </summary>
    public async Task<IReadOnlyList<CaseRow>> RowsAsync(IServiceProvider services, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string>? conversations = null;
        if (Search is { } text)
        {
            var found = new HashSet<string>(StringComparer.Ordinal);
            if (services.GetService<IFamilyStore>() is { } families)
            {
                foreach (var family in await families.SearchAsync(text, MaxFamilies, cancellationToken))
                {
                    found.UnionWith(await families.ConversationsAsync(family.Id, cancellationToken));
                }
            }

            conversations = found;
        }

        var rows = await services.GetRequiredService<ICaseStore>().QueueAsync(new CaseQueueQuery(State, Urgency, Clinician, conversations, limit), cancellationToken);
        return Language is null ? rows : [.. rows.Where(r => string.Equals((string?)r.Escalation.Summary["language"], Language, StringComparison.OrdinalIgnoreCase))];
    }
}
