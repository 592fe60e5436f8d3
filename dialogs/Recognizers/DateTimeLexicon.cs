namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Month, weekday, hour and part-of-day words of English and Spanish (folded), for <see cref="DateTimeRecognizer"/>.</summary>
internal static class DateTimeLexicon
{
    public static readonly Dictionary<string, int> Months = new()
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7, ["agosto"] = 8,
        ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12, ["ene"] = 1, ["abr"] = 4, ["ago"] = 8, ["dic"] = 12,
    };

    /// <summary>Days of the month in words: "fifth", "twenty second", "veintinueve", "primero", "treinta y uno".</summary>
    public static readonly Dictionary<string, int> DayWords = BuildDayWords();

    private static Dictionary<string, int> BuildDayWords()
    {
        string[] ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] cardinals = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] spanish = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta"];
        var words = new Dictionary<string, int> { ["twentieth"] = 20, ["thirtieth"] = 30, ["twenty"] = 20, ["thirty"] = 30, ["primero"] = 1, ["treinta y uno"] = 31 };
        for (var i = 1; i < 20; i++)
        {
            (words[ordinals[i]], words[cardinals[i]]) = (i, i);
            if (i < 10)
            {
                foreach (var sep in new[] { " ", "-" })
                {
                    (words["twenty" + sep + ordinals[i]], words["twenty" + sep + cardinals[i]]) = (20 + i, 20 + i);
                }
            }
        }

        foreach (var sep in new[] { " ", "-" })
        {
            (words["thirty" + sep + "first"], words["thirty" + sep + "one"]) = (31, 31);
        }

        for (var i = 1; i < spanish.Length; i++)
        {
            words[spanish[i]] = i;
        }

        return words;
    }

    /// <summary>The day of the month a word or number stands for ("21", "21st", "twenty first", "veintiuno").</summary>
    public static int DayOf(string text)
    {
        var digits = new string(text.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : DayWords[text];
    }

    /// <summary>Weekdays, Monday = 1 … Sunday = 7 as in TIMEX3.</summary>
    public static readonly Dictionary<string, int> Weekdays = new()
    {
        ["monday"] = 1, ["mon"] = 1, ["tuesday"] = 2, ["tue"] = 2, ["tues"] = 2, ["wednesday"] = 3, ["wed"] = 3, ["thursday"] = 4,
        ["thu"] = 4, ["thur"] = 4, ["thurs"] = 4, ["friday"] = 5, ["fri"] = 5, ["saturday"] = 6, ["sat"] = 6, ["sunday"] = 7, ["sun"] = 7,
        ["lunes"] = 1, ["martes"] = 2, ["miercoles"] = 3, ["jueves"] = 4, ["viernes"] = 5, ["sabado"] = 6, ["domingo"] = 7,
    };

    /// <summary>Days from today.</summary>
    public static readonly Dictionary<string, int> RelativeDays = new()
    {
        ["today"] = 0, ["tonight"] = 0, ["tomorrow"] = 1, ["tmrw"] = 1, ["tmr"] = 1, ["yesterday"] = -1, ["day after tomorrow"] = 2,
        ["the day after tomorrow"] = 2, ["day before yesterday"] = -2, ["the day before yesterday"] = -2, ["hoy"] = 0, ["manana"] = 1,
        ["pasado manana"] = 2, ["ayer"] = -1, ["anteayer"] = -2, ["antier"] = -2, ["esta noche"] = 0, ["last night"] = -1, ["anoche"] = -1,
    };

    public static readonly Dictionary<string, int> HourWords = new()
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6,
        ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12,
    };

    /// <summary>Parts of the day: TIMEX3 code, start and end hour.</summary>
    public static readonly Dictionary<string, (string Code, int Start, int End)> PartsOfDay = new()
    {
        ["morning"] = ("MO", 8, 12), ["afternoon"] = ("AF", 12, 16), ["evening"] = ("EV", 16, 20), ["night"] = ("NI", 20, 24),
        ["tonight"] = ("NI", 20, 24), ["manana"] = ("MO", 8, 12), ["tarde"] = ("AF", 12, 18), ["noche"] = ("NI", 20, 24),
        ["esta noche"] = ("NI", 20, 24), ["last night"] = ("NI", 20, 24), ["anoche"] = ("NI", 20, 24), ["madrugada"] = ("MO", 0, 6),
    };
}
