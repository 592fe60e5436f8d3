using System.Text.RegularExpressions;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Finds clock times and parts of the day in folded text: "5pm", "8:30", "at 7", "a las cinco y media",
/// "half past seven", "después de las 3 y media", "noon", "after 6pm", "después de las 5", "in the morning", "en la tarde", "now", "in 5 minutes".
/// </summary>
internal static partial class TimeParts
{
    private const string HourWord = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce";
    private const string Minutes = "(?:oh )?(?:twenty|thirty|forty|fifty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh (?:one|two|three|four|five|six|seven|eight|nine)|y media|y cuarto|menos cuarto|y (?:cinco|diez|quince|veinte|veinticinco|treinta|cuarenta|cincuenta)(?: y (?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?";

    private static readonly Dictionary<string, int> MinuteWords = new()
    {
        ["oh"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["uno"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9,
        ["diez"] = 10, ["quince"] = 15, ["veinte"] = 20, ["veinticinco"] = 25, ["treinta"] = 30, ["cuarenta"] = 40, ["cincuenta"] = 50,
        ["media"] = 30, ["cuarto"] = 15, ["half"] = 30, ["quarter"] = 15,
    };

    public static IEnumerable<DateTimePart> Find(string folded, DateTime reference)
    {
        foreach (Match m in Clock().Matches(folded))
        {
            var hour = Hour(m.Groups["h"].Value);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value) : m.Groups["mw"].Success ? WordMinutes(m.Groups["mw"].Value, ref hour) : (int?)null;
            var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value) : (int?)null;
            var anchored = minute is not null || m.Groups["pod"].Success || m.Groups["mod"].Success || m.Groups["oc"].Success || m.Groups["ish"].Success;
            hour = ApplyMeridiem(hour, m.Groups["pod"].Value);
            if (!anchored || hour > 24 || minute > 59)
            {
                continue;
            }

            var mod = m.Groups["mod"].Value switch
            {
                "after" or "despues de las" or "despues de la" or "later than" or "desde las" => "after",
                "before" or "antes de las" or "antes de la" or "by" or "hasta las" => "before",
                _ => null,
            };
            yield return new DateTimePart(m.Index, m.Index + m.Length) { Hour = hour % 24, Minute = minute, Second = second, Mod = mod, Meridiem = m.Groups["pod"].Success };
        }

        foreach (Match m in Past().Matches(folded))
        {
            var hour = Hour(m.Groups["h"].Value);
            var ignored = hour;
            var minutes = WordMinutes(m.Groups["q"].Value, ref ignored);
            var to = m.Groups["dir"].Value == "to";
            hour = ApplyMeridiem(to ? hour - 1 : hour, m.Groups["pod"].Value);
            yield return new DateTimePart(m.Index, m.Index + m.Length) { Hour = hour, Minute = to ? 60 - minutes : minutes, Meridiem = m.Groups["pod"].Success };
        }

        foreach (Match m in NamedTime().Matches(folded))
        {
            yield return new DateTimePart(m.Index, m.Index + m.Length) { Hour = m.Groups["noon"].Success ? 12 : 0, Meridiem = true };
        }

        foreach (Match m in PartOfDay().Matches(folded))
        {
            var today = m.Groups["this"].Success ? reference.Date : (DateTime?)null;
            yield return new DateTimePart(m.Index, m.Index + m.Length) { PartOfDay = DateTimeLexicon.PartsOfDay[m.Groups["p"].Value], Date = today };
        }

        foreach (Match m in Now().Matches(folded))
        {
            yield return new DateTimePart(m.Index, m.Index + m.Length) { IsNow = true };
        }

        foreach (Match m in FromNow().Matches(folded))
        {
            var amount = m.Groups["n"].Value switch { "a" or "an" or "un" or "una" => 1.0, "half an" or "media" => 0.5, var n => int.TryParse(n, out var k) ? k : DateTimeLexicon.HourWords[n] };
            amount *= m.Groups["dir"].Value is "before" or "antes de" ? -1 : 1;
            var unit = m.Groups["u"].Value;
            var from = m.Groups["base"].Success && DateTimeLexicon.RelativeDays.TryGetValue(m.Groups["base"].Value, out var offset) ? reference.Date.AddDays(offset) : reference;
            var clock = unit.StartsWith("min", StringComparison.Ordinal) || unit[0] == 'h';
            var moment = unit[0] == 'h' ? reference.AddHours(amount) : reference.AddMinutes(amount);
            yield return new DateTimePart(m.Index, m.Index + m.Length) { Moment = clock ? moment : null, Date = clock ? null : Later(from.Date, unit, (int)amount) };
        }
    }

    private static DateTime Later(DateTime day, string unit, int amount) => unit[0] switch
    {
        'd' => day.AddDays(amount),
        'w' or 's' => day.AddDays(7 * amount),
        'y' or 'a' => day.AddYears(amount),
        _ => day.AddMonths(amount),
    };

    private static int Hour(string text) => int.TryParse(text, out var h) ? h : DateTimeLexicon.HourWords[text];

    private static int WordMinutes(string text, ref int hour)
    {
        if (text == "menos cuarto")
        {
            hour--;
            return 45;
        }

        return text.Split(' ', '-').Where(w => w != "y").Sum(w => int.TryParse(w, out var n) ? n : MinuteWords[w]);
    }

    /// <summary>pm, "de la tarde", "in the evening", "tonight" move hours to the afternoon; am and midnight move 12 to 0.</summary>
    private static int ApplyMeridiem(int hour, string marker)
    {
        var m = marker.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (m.StartsWith('p') || m.Contains("tarde", StringComparison.Ordinal) || m.Contains("afternoon", StringComparison.Ordinal) || m.Contains("evening", StringComparison.Ordinal))
        {
            return hour < 12 ? hour + 12 : hour;
        }

        if (m.Contains("night", StringComparison.Ordinal) || m.Contains("noche", StringComparison.Ordinal))
        {
            return hour is >= 4 and < 12 ? hour + 12 : hour;
        }

        return m.StartsWith('a') && hour == 12 ? 0 : hour;
    }

    private const string DayPart = @"(?<pod>\s*(?:a|p)\s?\.?\s?m\s?\.?(?![\p{L}])|(?:a|p)(?![\p{L}])|\s+(?:in the (?:morning|afternoon|evening)|at night|tonight|de la (?:manana|tarde|noche)|en la (?:manana|tarde|noche)|por la (?:manana|tarde|noche)|this (?:morning|afternoon|evening)))";

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<mod>after|before|later than|by|despues de las|despues de la|antes de las|antes de la|desde las|hasta las|at|around|about|a las|a la|como a las|tipo|cerca de las|por ahi de las|alrededor de las|a eso de las)\s+)?(?:(?<h>\d{1,2})(?:[:.](?<m>\d{2})(?:[:.](?<s>\d{2}))?|(?<m>\d{2})(?=\s*[ap]\.?\s?m)| (?<mw>y media|y cuarto|menos cuarto))?(?<ish>ish)?|(?<h>" + HourWord + @")(?:[ -](?<mw>" + Minutes + @"))?)(?:" + DayPart + @")?(?<oc>\s*o\s?clock|\s*en punto|h)?(?![\p{L}\d])")]
    private static partial Regex Clock();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<q>half|quarter|\d{1,2}|" + Minutes + @")(?: (?:min|mins|minutes))? (?<dir>past|after|to) (?<h>\d{1,2}|" + HourWord + @")(?:" + DayPart + @")?(?![\p{L}\d])")]
    private static partial Regex Past();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:12 )?(?:(?<noon>noon|midday|mediodia|noonish)|midnight|mid night|medianoche)(?![\p{L}\d])")]
    private static partial Regex NamedTime();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<this>this|esta)|in the|en la|por la|de la|early|late) (?<p>morning|afternoon|evening|night|manana|tarde|noche|madrugada)(?![\p{L}\d])|(?<![\p{L}\d])(?<!good )(?<p>morning|afternoon|evening)(?![\p{L}\d])")]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:right now|now|at present|at the present time|at the moment|at the minute|at this time|ahora mismo|ahorita|ahora|en este momento)(?![\p{L}\d])")]
    private static partial Regex Now();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:in|within|en|dentro de) (?<n>\d+|a|an|half an|un|una|media|" + HourWord + @") (?<u>minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|minutos?|horas?|dias?|semanas?|meses|mes|anos?)(?![\p{L}])|(?<![\p{L}\d])(?<n>\d+|a|an|half an|" + HourWord + @") (?<u>minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|minutos?|horas?|dias?|semanas?|meses|anos?) (?:from now|later|despues(?! de)|(?<dir>from|after|before|despues de|antes de|a partir de) (?<base>today|tomorrow|tmrw|yesterday|now|hoy|manana|ayer))(?![\p{L}])")]
    private static partial Regex FromNow();
}
