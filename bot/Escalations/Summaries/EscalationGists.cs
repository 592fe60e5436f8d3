using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Families;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// Machine translations ("gists") of a family's words for clinicians who read the other language, made once per
/// escalation and stored in its summary (<c>gists.{reader language}</c>, by the original words), so every notifier,
/// the portal and a re-delivery show the same gist without another call. Only the quotes the notification summary
/// (<c>Clinicians:Language</c>) shows in the family's other language, and only those without a gist yet (an update's
/// new words), are sent — redacted, as data (<see cref="GistTranslator"/>). No model configured, or a family in the
/// clinicians' language: nothing happens. Never throws: a failure leaves the summary as it was.
/// </summary>
public sealed class EscalationGists(
    GistTranslator translator,
    EscalationSummaries summaries,
    IEscalationStore store,
    IOptions<ClinicianOptions> options,
    ILogger<EscalationGists> logger,
    IFamilyStore? families = null)
{
    /// <summary>The summary's field the gists are stored under.</summary>
    public const string Key = "gists";

    /// <summary>The gists stored for readers of <paramref name="readerLanguage"/>; none when the family writes in it.</summary>
    public static IReadOnlyDictionary<string, string> Stored(JsonObject summary, string familyLanguage, string readerLanguage)
    {
        var gists = new Dictionary<string, string>(StringComparer.Ordinal);
        if (familyLanguage != readerLanguage && summary[Key]?[readerLanguage] is JsonObject stored)
        {
            foreach (var (original, gist) in stored)
            {
                if (gist is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    gists[original] = text;
                }
            }
        }

        return gists;
    }

    /// <summary>Gists as the JSON object they are stored as.</summary>
    public static JsonObject ToJson(IReadOnlyDictionary<string, string> gists) =>
        new(gists.Select(g => KeyValuePair.Create(g.Key, (JsonNode?)JsonValue.Create(g.Value))));

    /// <summary>
    /// Translates the escalation's quotes that have no gist yet and stores the gists; the escalation as it should now be
    /// rendered (the same one when nothing was added).
    /// </summary>
    public async Task<EscalationRecord> AddAsync(EscalationRecord escalation, CancellationToken cancellationToken)
    {
        var reader = options.Value.Language;
        var family = (string?)escalation.Summary["language"] ?? "en";
        if (!translator.IsAvailable || family == reader || Privacy.EscalationRedaction.IsErased(escalation.Summary))
        {
            return escalation;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var missing = summaries.Build(escalation, []).Sections
                .SelectMany(s => s.Lines)
                .Where(l => l.IsQuote && l.QuotedLanguage != reader && l.Gist is null && l.Text.Any(char.IsLetter))
                .Select(l => l.Text)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (missing.Count == 0)
            {
                return escalation;
            }

            var gists = await translator.TranslateAsync(missing, family, reader, await NamesAsync(escalation, cancellationToken), cancellationToken);
            if (gists.Count == 0 || !await store.AddGistsAsync(escalation.Id, reader, gists, cancellationToken))
            {
                GistLog.None(logger, escalation.Id, missing.Count, Elapsed(started));
                return escalation;
            }

            GistLog.Stored(logger, escalation.Id, gists.Count, missing.Count, Elapsed(started));
            return escalation with { Summary = Merged(escalation.Summary, reader, gists) };
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            GistLog.Failed(logger, escalation.Id, exception.GetType().Name);
            return escalation;
        }
    }

    /// <summary>The names the conversation knows (the enrolled child and caregiver, the name given for a call back), to hide.</summary>
    private async Task<IReadOnlyList<string?>> NamesAsync(EscalationRecord escalation, CancellationToken cancellationToken)
    {
        var enrolled = families is null ? null : await families.ForConversationAsync(escalation.ConversationId, cancellationToken);
        var notes = DialogJson.FromNode<CareNotes>(escalation.Summary["notes"]);
        return [enrolled?.ChildFirstName, enrolled?.CaregiverName, notes?.CaregiverName, notes?.Contact?.Name];
    }

    private static JsonObject Merged(JsonObject summary, string reader, IReadOnlyDictionary<string, string> gists)
    {
        var merged = (JsonObject)summary.DeepClone();
        if (merged[Key] is not JsonObject all)
        {
            merged[Key] = all = [];
        }

        if (all[reader] is not JsonObject forReader)
        {
            all[reader] = forReader = [];
        }

        foreach (var (original, gist) in gists)
        {
            forReader[original] = gist;
        }

        return merged;
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
