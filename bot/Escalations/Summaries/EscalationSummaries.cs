using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// Builds the clinician's summary of an escalation from its stored summary JSON (reason, channel, language, quote,
/// care notes) and the conversation log, in <c>Clinicians:Language</c>.
/// </summary>
public sealed class EscalationSummaries(
    IConversationStore conversations, IStringLocalizer<Strings> strings, IOptions<ClinicianOptions> options, IOptions<ClinicOptions> clinic)
{
    /// <summary>How many of the conversation's last messages the summary quotes.</summary>
    public const int LastMessages = 8;

    public async Task<EscalationSummary> BuildAsync(EscalationRecord escalation, CancellationToken cancellationToken)
    {
        var log = await conversations.ReadLogAsync(escalation.ConversationId, cancellationToken);
        return Build(escalation, log);
    }

    /// <summary>The summary from the escalation and a log already read (oldest first).</summary>
    public EscalationSummary Build(EscalationRecord escalation, IReadOnlyList<LogEntry> log)
    {
        var text = Text();
        var json = escalation.Summary;
        var familyLanguage = (string?)json["language"] ?? "en";
        var notes = Notes(json["notes"]);
        var sections = new SummarySections(text, familyLanguage);
        SummarySection?[] all =
        [
            sections.Why(escalation, json),
            sections.Updates(json),
            sections.Who(escalation, json, notes),
            sections.Risk(notes),
            sections.Barriers(notes),
            sections.Concerns(notes),
            sections.Confidence(notes),
            sections.Setbacks(notes),
            sections.Handouts(notes),
            sections.CallBack(notes),
            sections.Messages(log.Where(e => !string.IsNullOrWhiteSpace(e.Text)).TakeLast(LastMessages)),
        ];
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
        };
    }

    /// <summary>The title alone (urgency and reason, no family words), for lists.</summary>
    public string Title(EscalationRecord escalation) => Title(Text(), escalation);

    private ClinicianText Text() => new(strings, options.Value.Language, clinic.Value.Zone);

    /// <summary>How many updates the escalation has had since it was raised (a crisis episode's later messages).</summary>
    public static int UpdateCount(EscalationRecord escalation) => (escalation.Summary["updates"] as JsonArray)?.Count ?? 0;

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
