using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Llm;

/// <summary>
/// Family words with what would identify someone replaced by placeholders, before they leave for a language model:
/// email addresses <c>[EMAIL]</c>, phone numbers <c>[PHONE]</c>, street addresses <c>[ADDRESS]</c>, record, member and
/// other long numbers <c>[NUMBER]</c>, and names <c>[NAME]</c> — the names the conversation already knows (the
/// call-back name), a capitalized word after a cue ("my son Mateo", "me llamo Rosa", "la maestra Pérez"), and
/// given names of <see cref="GivenNames"/> anywhere, in any case. It leans to hiding too much.
/// </summary>
public static partial class PersonalDetails
{
    public const string Name = "[NAME]";
    public const string Phone = "[PHONE]";
    public const string Email = "[EMAIL]";
    public const string Address = "[ADDRESS]";
    public const string Number = "[NUMBER]";

    /// <summary>Common given names (<c>dialogs/Llm/GivenNames.txt</c>), folded.</summary>
    public static readonly IReadOnlySet<string> GivenNames = LlmData.Words("GivenNames.txt").Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    public static string Redact(string text, IEnumerable<string?>? knownNames = null)
    {
        var redacted = Emails().Replace(text, Email);
        redacted = Addresses().Replace(redacted, Address);
        redacted = SpanishAddresses().Replace(redacted, Address);
        redacted = Records().Replace(redacted, m => m.Groups["cue"].Value + Number);
        foreach (var (index, length) in PhoneNumbers.Spans(redacted).Reverse().ToList())
        {
            redacted = string.Concat(redacted.AsSpan(0, index), Phone, redacted.AsSpan(index + length));
        }

        redacted = LongNumbers().Replace(redacted, Number);
        foreach (var known in (knownNames ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).SelectMany(n => n!.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 2))
        {
            redacted = Regex.Replace(redacted, $@"\b{Regex.Escape(known)}\b", Name, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }

        redacted = CuedNames().Replace(redacted, m => m.Groups["cue"].Value + Name + (m.Groups["second"].Success ? " " + Name : string.Empty));
        return Words().Replace(redacted, m => GivenNames.Contains(TextNormalizer.Fold(m.Value)) ? Name : m.Value);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Emails();

    [GeneratedRegex(@"\b\d{1,6}\s+(?:[\p{L}.'-]+\s+){0,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|circle|highway|hwy|apt|apartment)\b\.?(?:\s*(?:apt|#|unit)\s*\w+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Addresses();

    [GeneratedRegex(@"\b(?:calle|avenida|av\.|camino|colonia|col\.|carrera|pasaje|callejón|callejon)\s+(?:[\p{L}.'-]+\s+){0,4}?(?:#\s*)?\d{1,6}\b|\b(?:calle|avenida|camino|carrera)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex SpanishAddresses();

    [GeneratedRegex(@"(?<cue>\b(?:mrn|record|chart|member|medicaid|policy|account|case|expediente|p[oó]liza|cuenta|caso|id)\b\s*(?:no\.?|number|num(?:ero|ber)?|n[uú]mero|#|:)?\s*(?:is|es|:)?\s*)[A-Za-z]{0,3}[-\d]{4,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Records();

    [GeneratedRegex(@"\b\d[\d-]{5,}\d\b", RegexOptions.CultureInvariant, 200)]
    private static partial Regex LongNumbers();

    /// <summary>A cue, then one or two capitalized words: the name ("my daughter Sofía", "se llama José Luis", "Dr. Kim").</summary>
    [GeneratedRegex(@"(?<cue>\b(?:(?i:my name is|his name is|her name is|their name is|i am|i'm|im|this is|me llamo|mi nombre es|se llama|soy|named|called|llamad[oa]|my (?:son|daughter|kid|child|grandson|granddaughter|boy|girl|husband|wife|mom|mother|dad|father|sister|brother|nephew|niece|grandma|grandpa)|mi (?:hijo|hija|niño|nino|niña|nina|nieto|nieta|esposo|esposa|marido|mamá|mama|papá|papa|hermana|hermano|sobrino|sobrina|abuela|abuelo)|dr\.?|doctor|doctora|dra\.?|ms\.?|mrs\.?|mr\.?|miss|señora|senora|sra\.?|señor|senor|sr\.?|maestra|maestro|teacher|profe|profesora?|therapist|terapeuta|counselor|consejera|consejero))[\s,]+)(?<first>\p{Lu}[\p{L}'-]+)(?<second>\s+\p{Lu}[\p{L}'-]+)?", RegexOptions.CultureInvariant, 200)]
    private static partial Regex CuedNames();

    [GeneratedRegex(@"\b\p{L}[\p{L}'-]+\b", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Words();
}
