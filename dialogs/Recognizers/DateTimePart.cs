namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A piece of a date or time found in folded text, before pieces are joined: a day (known date, or month-day,
/// day-of-month or weekday to resolve), a clock time, a part of the day, or "now".
/// </summary>
internal sealed record DateTimePart(int Start, int End)
{
    public DateTime? Date { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? Year { get; init; }

    public int? Weekday { get; init; }

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    public int? Second { get; init; }

    /// <summary>A part of the day ("MO", "AF", "EV", "NI") with its hours.</summary>
    public (string Code, int Start, int End)? PartOfDay { get; init; }

    /// <summary>"after" or "before" a time, as in "after 6pm" or "antes de las 3".</summary>
    public string? Mod { get; init; }

    /// <summary>A moment from now ("in 5 minutes"): a whole timestamp, written with seconds in the TIMEX.</summary>
    public DateTime? Moment { get; init; }

    public bool IsNow { get; init; }

    /// <summary>Whether the words said which half of the day (pm, de la tarde, tonight); if not, an hour before 8 is read as afternoon for call-backs.</summary>
    public bool Meridiem { get; init; }

    public bool HasDay => Date is not null || Month is not null || Day is not null || Weekday is not null;

    public bool HasTime => Hour is not null || PartOfDay is not null;
}
