using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;

namespace PuenteBot.Portal.Handoff;

/// <summary>
/// Marks what a clinician wrote in the conversation log: their messages are outbound entries whose activity id
/// starts with <see cref="IdPrefix"/> (no change to the log's columns), and their text is <c>Handoff.Message</c>
/// ("Ana Ruiz (care team): …"), from which <see cref="AuthorOf"/> reads the clinician's name back.
/// </summary>
public static class ClinicianMessages
{
    public const string IdPrefix = "clinician:";

    private const string MessageKey = "Handoff.Message";

    /// <summary>The patterns by wording (the content's two wordings, built once each).</summary>
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static string NewId() => IdPrefix + Guid.NewGuid().ToString("N");

    public static bool IsFromClinician(LogEntry entry) =>
        entry.Direction == LogEntry.Outbound && entry.ActivityId?.StartsWith(IdPrefix, StringComparison.Ordinal) == true;

    /// <summary>
    /// Who wrote <paramref name="entry"/>; for a clinician, their name and words as <c>Handoff.Message</c> put them in
    /// either language (the family's language at the time), else no name and the text as logged.
    /// </summary>
    public static LogAuthor AuthorOf(LogEntry entry, IStringLocalizer strings)
    {
        if (entry.Direction == LogEntry.Inbound)
        {
            return new LogAuthor(LogAuthor.Family, null, entry.Text);
        }

        if (!IsFromClinician(entry))
        {
            return new LogAuthor(LogAuthor.Bot, null, entry.Text);
        }

        foreach (var language in (string[])[Languages.English, Languages.Spanish])
        {
            if (Pattern(strings, language).Match(entry.Text ?? string.Empty) is { Success: true } match)
            {
                return new LogAuthor(LogAuthor.Clinician, match.Groups["name"].Value, match.Groups["words"].Value);
            }
        }

        return new LogAuthor(LogAuthor.Clinician, null, entry.Text);
    }

    /// <summary><c>Handoff.Message</c> in <paramref name="language"/> as a pattern: its {0} the name, its {1} the words.</summary>
    private static Regex Pattern(IStringLocalizer strings, string language)
    {
        return Patterns.GetOrAdd(strings.For(language, MessageKey, "{0}", "{1}"), static wording => new Regex(
            "^" + Regex.Escape(wording).Replace(@"\{0}", "(?<name>.+?)", StringComparison.Ordinal).Replace(@"\{1}", "(?<words>.*)", StringComparison.Ordinal) + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1)));
    }
}
