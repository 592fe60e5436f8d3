using System.Text.RegularExpressions;

namespace PuenteBot.Dialogs.Recognizers.Entities;

/// <summary>
/// Reads <see cref="FamilyEntities"/> from one message with reviewed patterns over <see cref="NormalizedText"/>
/// (<see cref="EntityLexicon"/>), numbers of children and their ages from the words around the numbers, and a day
/// or time with <see cref="DateTimeRecognizer"/>. Stateless and thread-safe.
/// </summary>
public sealed partial class EntityRecognizer(DateTimeRecognizer dates)
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["a"] = 1, ["un"] = 1, ["una"] = 1, ["uno"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4,
        ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12,
        ["trece"] = 13, ["catorce"] = 14, ["quince"] = 15, ["dieciseis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18,
    };

    public EntityRecognizer() : this(new DateTimeRecognizer())
    {
    }

    /// <param name="text">The caregiver's words.</param>
    /// <param name="language">en or es, for the day and time words.</param>
    /// <param name="reference">Now, as wall-clock time in the clinic's time zone (days resolve against it).</param>
    public FamilyEntities Recognize(string? text, string language, DateTime reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return FamilyEntities.None;
        }

        var normalized = NormalizedText.Of(text);
        var children = Children(normalized);
        return new FamilyEntities
        {
            Insurance = First(EntityLexicon.Insurance, normalized),
            Disagrees = First(EntityLexicon.Disagrees, normalized),
            Conflict = EntityLexicon.Clash.IsFoundIn(normalized) ? First(EntityLexicon.Conflict, normalized) : null,
            Childcare = EntityLexicon.Childcare.IsFoundIn(normalized),
            ChildcareHelp = First(EntityLexicon.ChildcareHelp, normalized),
            Children = children,
            Ages = Ages(normalized),
            When = When(text, language, reference),
            ChildFeeling = First(EntityLexicon.ChildFeeling, normalized),
            Contact = Earliest(EntityLexicon.Contact, normalized),
            ContactLanguage = First(EntityLexicon.ContactLanguage, normalized),
        };
    }

    private static string? First((string Value, PhraseSet Phrases)[] values, string normalized)
    {
        foreach (var (value, phrases) in values)
        {
            if (phrases.IsFoundIn(normalized))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The value whose phrase comes first in the message ("mejor por telefono que por mensaje" is phone).</summary>
    private static string? Earliest((string Value, PhraseSet Phrases)[] values, string normalized)
    {
        string? earliest = null;
        var at = int.MaxValue;
        foreach (var (value, phrases) in values)
        {
            if (phrases.Find(normalized) is { } match && match.Index < at)
            {
                (earliest, at) = (value, match.Index);
            }
        }

        return earliest;
    }

    private static int? Children(string normalized)
    {
        var match = CountPattern().Match(normalized);
        return match.Success && Number(match.Groups["n"].Value) is { } n and > 0 and < 20 ? n : null;
    }

    private static IReadOnlyList<int> Ages(string normalized)
    {
        var ages = new List<int>();
        foreach (Match match in AgePattern().Matches(normalized))
        {
            foreach (Capture capture in match.Groups["age"].Captures)
            {
                if (Number(capture.Value) is { } age and >= 0 and <= 21 && !ages.Contains(age) && !AgoAround(normalized, capture.Index, capture.Index + capture.Length))
                {
                    ages.Add(age);
                }
            }
        }

        return ages;
    }

    /// <summary>"8 años" in "hace 8 años" or "3 years ago" is a time, not an age.</summary>
    private static bool AgoAround(string normalized, int start, int end)
    {
        var rest = normalized[end..];
        var before = normalized[..start].TrimEnd();
        return rest.StartsWith(" years ago", StringComparison.Ordinal) || rest.StartsWith(" anos ago", StringComparison.Ordinal)
            || rest.StartsWith(" year ago", StringComparison.Ordinal) || before.EndsWith(" hace", StringComparison.Ordinal) || before.EndsWith(" hace como", StringComparison.Ordinal)
            || before.EndsWith(" hace unos", StringComparison.Ordinal);
    }

    private string? When(string text, string language, DateTime reference)
    {
        var found = dates.Recognize(text, language, reference).Where(f => IsVisitTime(f, reference)).ToList();
        return found.Count == 0 ? null : string.Join(" ", found.Select(f => f.Text));
    }

    /// <summary>
    /// A day or time a visit or call could be at: not in the past ("ayer", "last night", "hace 3 años") and not
    /// just "now" ("ahorita", "right now"), which tell what is happening, not when to meet.
    /// </summary>
    private static bool IsVisitTime(DateTimeMatch found, DateTime reference)
    {
        if (found.Value is { } value && value < reference.Date)
        {
            return false;
        }

        var words = NormalizedText.Of(found.Text);
        return !NowWords().IsMatch(words);
    }

    [GeneratedRegex(@"^ (?:ahorita|ahora|ahora mismo|now|right now|rn|currently|hoy|today|esta noche|tonight|anoche|ayer|yesterday|last night|son las \d+|it is \d+) \. $", RegexOptions.CultureInvariant)]
    private static partial Regex NowWords();

    private static int? Number(string word) =>
        int.TryParse(word, out var n) ? n : NumberWords.TryGetValue(word, out var w) ? w : null;

    private const string NumberWord = @"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho)";

    [GeneratedRegex(@" (?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:\w+ )?" + EntityLexicon.ChildWords + " ", RegexOptions.CultureInvariant)]
    private static partial Regex CountPattern();

    /// <summary>
    /// An age: a number with years after it ("14 years old", "9 anos", "7yo"), after is/tiene/turns/de ("she is 12",
    /// "mi nino de 7"), or a list after ages/edades or after a count of children ("3 kids 4 7 and 12").
    /// </summary>
    [GeneratedRegex(
        @" (?:(?<age>" + NumberWord + @") (?:years? old|yrs? old|year|years|yrs|yo|y o|anos|anitos|ano|meses de nacid[oa])"
        + @"|(?:is|es|tiene|tienen|turns|turned|turning|cumple|cumplio|cumplira|age|aged|de|edad de) (?<age>" + NumberWord + @") (?:y (?<age>" + NumberWord + @") )?(?:anos|years|year|yrs|yo|y o|\.|and|y|,)"
        + @"|(?:ages|edades|de edades|ages are|las edades son|they are|son de|of) (?<age>" + NumberWord + @")(?: (?:and|y|\.)? ?(?<age>" + NumberWord + @"))*"
        + @"|" + NumberWord + @" (?:\w+ )?" + EntityLexicon.ChildWords + @" (?:\. )?(?:de |ages |aged |edades )?(?<age>\d{1,2})(?: (?:and |y |\. )?(?<age>\d{1,2}))+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgePattern();
}
