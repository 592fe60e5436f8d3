using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Families;
using PuenteBot.Hosting;
using PuenteBot.State;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// Builds the clinician's summary of an escalation in SBAR order (Situation, Background, Assessment,
/// Recommendation, then the conversation excerpt) from what the escalation stored when it was raised and its
/// updates — never from the moving conversation log — plus the enrolled family and the earlier escalations. In the
/// reader's language; the caregiver's name and number only when <c>includeContact</c> (signed-in staff, or
/// <c>Escalation:IncludeContact</c> for notifications).
/// </summary>
public sealed class EscalationSummaries(
    IConversationStore conversations,
    IStringLocalizer<Strings> strings,
    IOptions<ClinicianOptions> options,
    IOptions<ClinicOptions> clinic,
    IOptions<EscalationOptions>? escalationOptions = null,
    IOptions<HostingOptions>? hosting = null,
    IOptions<SmsOptions>? sms = null,
    IEscalationStore? escalations = null,
    IFamilyStore? families = null,
    ISmsStore? smsStore = null,
    TimeProvider? clock = null)
{
    /// <summary>How many earlier escalations of the family's conversations the Background lists.</summary>
    public const int EarlierEscalations = 5;

    /// <summary>For notifications: in <c>Clinicians:Language</c>, with contact details only when <c>Escalation:IncludeContact</c>.</summary>
    public Task<EscalationSummary> BuildAsync(EscalationRecord escalation, CancellationToken cancellationToken) =>
        BuildAsync(escalation, options.Value.Language, escalationOptions?.Value.IncludeContact ?? false, cancellationToken);

    /// <summary>The summary in <paramref name="language"/> (the signed-in account's, or the clinicians'), with the caregiver's name and number when <paramref name="includeContact"/>.</summary>
    public async Task<EscalationSummary> BuildAsync(EscalationRecord escalation, string language, bool includeContact, CancellationToken cancellationToken)
    {
        var family = families is null ? null : await families.ForConversationAsync(escalation.ConversationId, cancellationToken);
        var earlier = await EarlierAsync(escalation, family, cancellationToken);
        var phone = includeContact && smsStore is not null && family?.Phone is null
            ? (await smsStore.FindContactAsync(escalation.ConversationId, cancellationToken))?.Phone
            : null;
        IReadOnlyList<LogEntry> log = escalation.Summary.ContainsKey(Turns.EscalationExcerpt.Key)
            ? []
            : await conversations.ReadLogAsync(escalation.ConversationId, cancellationToken);
        return Build(escalation, new SummarySources(family, earlier, phone, log, Now), language, includeContact);
    }

    /// <summary>
    /// The summary from the escalation alone, in <c>Clinicians:Language</c> without contact details; <paramref name="log"/>
    /// is read only for rows stored before escalations carried their excerpt (up to the moment it was raised).
    /// </summary>
    public EscalationSummary Build(EscalationRecord escalation, IReadOnlyList<LogEntry> log) =>
        Build(escalation, SummarySources.None(Now) with { Log = log }, options.Value.Language, includeContact: false);

    /// <summary>The summary from the escalation and sources already read.</summary>
    public EscalationSummary Build(EscalationRecord escalation, SummarySources sources, string language, bool includeContact)
    {
        var text = Text(language);
        var json = escalation.Summary;
        var familyLanguage = (string?)json["language"] ?? "en";
        var notes = Notes(json["notes"]);
        var sections = new SummarySections(text, familyLanguage, sources, EscalationGists.Stored(json, familyLanguage, text.Language));
        SummarySection?[] all =
        [
            sections.Situation(escalation, json),
            sections.Background(escalation, json, notes, includeContact),
            sections.Assessment(escalation, json, notes),
            sections.Recommendation(escalation, notes, includeContact ? Phone(sources, notes) : null, includeContact),
            sections.Excerpt(escalation, json),
        ];
        var gisted = all.Any(s => s?.Lines.Any(l => l.Gist is not null) == true);
        return new EscalationSummary(
            escalation.Id,
            escalation.ConversationId,
            escalation.Urgency,
            escalation.Reason,
            escalation.CreatedAt,
            text.Language,
            Title(text, escalation),
            [.. all.OfType<SummarySection>()])
        {
            Updates = UpdateCount(escalation),
            Link = LinkOf(escalation.Id),
            LinkLabel = text.Get("Escalation.Link"),
            GistLabel = gisted ? text.Get("Escalation.Gist") : null,
            IncludesContact = includeContact,
        };
    }

    /// <summary>The title alone (urgency and reason, no family words), for lists.</summary>
    public string Title(EscalationRecord escalation) => Title(Text(options.Value.Language), escalation);

    /// <summary>
    /// The escalation's portal page under <c>Hosting:PublicBaseUrl</c> (else <c>Sms:PublicBaseUrl</c>); null when
    /// neither is set.
    /// </summary>
    public string? LinkOf(string escalationId)
    {
        var baseUrl = hosting?.Value.PublicBaseUrl is { Length: > 0 } own ? own : sms?.Value.PublicBaseUrl ?? string.Empty;
        return baseUrl.Length == 0 ? null : baseUrl.TrimEnd('/') + Portal.Escalations.EscalationEndpoints.PathOf(escalationId);
    }

    /// <summary>How many updates the escalation has had since it was raised (a crisis episode's later messages).</summary>
    public static int UpdateCount(EscalationRecord escalation) => (escalation.Summary["updates"] as JsonArray)?.Count ?? 0;

    private DateTimeOffset Now => (clock ?? TimeProvider.System).GetUtcNow();

    /// <summary>The family's number: the enrolled record's, else the one they gave when asked, else the SMS sender's.</summary>
    private static string? Phone(SummarySources sources, CareNotes notes) =>
        sources.Family?.Phone ?? notes.Contact?.Phone ?? notes.Contact?.PhoneWords ?? sources.SmsPhone;

    private async Task<IReadOnlyList<EscalationRecord>> EarlierAsync(EscalationRecord escalation, FamilyRecord? family, CancellationToken cancellationToken)
    {
        if (escalations is null)
        {
            return [];
        }

        var conversationIds = family is null ? [escalation.ConversationId] : (await families!.ConversationsAsync(family.Id, cancellationToken)).Append(escalation.ConversationId).Distinct();
        var found = new List<EscalationRecord>();
        foreach (var conversationId in conversationIds.Take(EarlierEscalations))
        {
            found.AddRange(await escalations.ForConversationAsync(conversationId, EarlierEscalations + 1, cancellationToken));
        }

        return [.. found.Where(e => e.Id != escalation.Id && e.CreatedAt <= escalation.CreatedAt).OrderByDescending(e => e.CreatedAt).Take(EarlierEscalations)];
    }

    private ClinicianText Text(string language) => new(strings, language is "en" or "es" ? language : options.Value.Language, clinic.Value.Zone);

    private static string Title(ClinicianText text, EscalationRecord escalation) =>
        text.Get(UpdateCount(escalation) > 0 ? "Escalation.Title.Update" : "Escalation.Title", text.GetOr("Escalation.Urgency." + escalation.Urgency, escalation.Urgency), text.Reason(escalation.Reason));

    private static CareNotes Notes(JsonNode? node)
    {
        try
        {
            return DialogJson.FromNode<CareNotes>(node) ?? new CareNotes();
        }
        catch (System.Text.Json.JsonException)
        {
            return new CareNotes();
        }
    }
}
